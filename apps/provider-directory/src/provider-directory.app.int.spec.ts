import { startTestHost, type TestHost } from '@casemgmt/host/testing';
import { providerDirectoryService } from '@casemgmt/provider-directory';

// The directory app's services as its main.ts hosts them (/health: the host's own spec).
describe('provider-directory service', () => {
  let host: TestHost;

  beforeAll(async () => {
    host = await startTestHost({
      name: 'provider-directory',
      database: 'provider_directory_app',
      services: [providerDirectoryService()],
    });
  }, 60_000);

  afterAll(() => host?.close());

  it('publishes the HSDS API, administration and search in its OpenAPI description', async () => {
    const document = (await host.app.inject({ method: 'GET', url: '/docs/openapi.json' })).json() as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/',
        '/services',
        '/services/{id}',
        '/organizations',
        '/organizations/{id}',
        '/service_at_locations',
        '/taxonomies',
        '/taxonomy_terms',
        '/directory/search',
        '/directory/services',
        '/directory/services/{id}/capacity',
        '/directory/services/{id}/history',
      ]),
    );
  });

  it('answers 401 without a token and serves the directory with one', async () => {
    expect((await host.call('GET', '/services')).status).toBe(401);
    const response = await host.call('GET', '/services', { roles: ['case_manager'], sub: 'cm-1' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ total_items: 0, empty: true, contents: [] });
  });
});
