import { auditService } from '@casemgmt/audit';
import { startTestHost, type TestHost } from '@casemgmt/host/testing';

// The audit app's services as its main.ts hosts them (/health: the host's own spec).
describe('audit service', () => {
  let host: TestHost;

  beforeAll(async () => {
    host = await startTestHost({ name: 'audit', database: 'audit_app', services: [auditService()] });
  }, 60_000);

  afterAll(() => host?.close());

  it('creates its schema on start and answers an auditor with an empty, valid chain', async () => {
    expect((await host.call('GET', '/audit/verify')).status).toBe(401);
    const response = await host.call('GET', '/audit/verify', { roles: ['auditor'] });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ valid: true, entriesChecked: 0 });
  });
});
