import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestHost } from '@casemgmt/host/testing';
import { openCaseWithNeeds, recordConsent, startReferralHost, type ReferralWorld } from './testing/referral-host';
import { draftReferral, sendReferral } from './testing/referral-loop';

const ROSA = '0190f3a0-2222-7000-8000-000000000401';
const CASE = '0190f3a0-3333-7000-8000-000000000401';

type Mode = 'drop' | 'error' | 'garbage';

// Referral asks intake at INTAKE_URL (the distributed shape); here an intake that cannot answer. The send fails closed:
// 503, nothing appended, and the referral stays a draft the worker can send again.
describe('a send when intake cannot say whether a consent is in force', () => {
  let world: ReferralWorld;
  let host: TestHost;
  let server: Server;
  let mode: Mode = 'drop';
  const asked: string[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      asked.push(`${request.method ?? ''} ${request.url ?? ''}`);
      if (mode === 'drop') return request.socket.destroy();
      if (mode === 'error') return void response.writeHead(500, { 'content-type': 'application/json' }).end('{}');
      if (mode === 'garbage')
        return void response.writeHead(200, { 'content-type': 'application/json' }).end('{"x":1}');
      return void setTimeout(() => response.writeHead(200).end('{}'), 5_000);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    world = await startReferralHost({
      name: 'referral-consent-source',
      clientId: ROSA,
      intakeUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    });
    host = world.host;
    await openCaseWithNeeds(world, { caseId: CASE, clientId: ROSA, needs: ['housing'] });
    await recordConsent(world, {
      clientId: ROSA,
      caseId: CASE,
      categories: ['demographics', 'housing'],
      purposes: ['referral'],
    });
  }, 120_000);

  afterAll(async () => {
    await host?.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it.each<Mode>(['drop', 'error', 'garbage'])(
    'answers 503 and sends nothing when intake’s answer is %s',
    async (given) => {
      mode = given;
      const referralId = await draftReferral(world, CASE);
      asked.length = 0;
      expect(await sendReferral(world, referralId)).toMatchObject({
        status: 503,
        body: { error: 'REFERRAL.CONSENT_SOURCE_UNAVAILABLE' },
      });
      // It asked intake, with the consent question in the body and nothing personal in the URL.
      expect(asked).toContain('POST /intake/consents/in-force');
      const read = await host.call('GET', `/referral/referrals/${referralId}`, world.as.caseManager);
      expect(read.body).toMatchObject({ status: 'draft', disclosures: [], streamVersion: 1 });
    },
  );

  it('asks intake nothing for a caller who may not send the referral', async () => {
    mode = 'error';
    const referralId = await draftReferral(world, CASE);
    asked.length = 0;
    const refused = await host.call('POST', `/referral/referrals/${referralId}/send`, world.as.southCaseManager, {
      fields: ['name'],
      purpose: 'referral',
    });
    expect(refused.status).toBe(404);
    expect(asked).toEqual([]);
  });
});
