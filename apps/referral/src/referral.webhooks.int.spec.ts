import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestHost } from '@casemgmt/host/testing';
import { verifySignature, WebhookSecrets } from '@casemgmt/referral';
import { waitFor } from '@casemgmt/testing';
import {
  ELSEWHERE,
  HARBOR,
  openCaseWithNeeds,
  recordConsent,
  startReferralHost,
  type ReferralWorld,
} from './testing/referral-host';
import { draftReferral, sendReferral } from './testing/referral-loop';

const ROSA = '0190f3a0-2222-7000-8000-000000000201';
const CASE = '0190f3a0-3333-7000-8000-000000000201';

interface Received {
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  readonly status: number;
}

/** A partner's endpoint on loopback: records every post, and answers 500 to the first `failures` of each delivery. */
class Receiver {
  readonly received: Received[] = [];
  failures = 0;
  private readonly failed = new Map<string, number>();
  private server: Server | undefined;

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      request.on('end', () => {
        const delivery = String(request.headers['x-referral-delivery']);
        const seen = this.failed.get(delivery) ?? 0;
        const status = seen < this.failures ? 500 : 204;
        this.failed.set(delivery, seen + 1);
        this.received.push({ headers: request.headers, body, status });
        response.writeHead(status).end();
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}/hooks/referrals`;
  }

  delivered(): { readonly id: string; readonly event: string; readonly referralId: string }[] {
    return this.received
      .filter((post) => post.status < 300)
      .map((post) => JSON.parse(post.body) as { id: string; event: string; referralId: string });
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

// Partners' webhooks against a receiver on loopback: signed, id-only, retried with backoff, in order, never blocking
// a command, and only to the organisation a referral is addressed to.
describe('partners’ webhooks', () => {
  let world: ReferralWorld;
  let host: TestHost;
  const harbor = new Receiver();
  const elsewhere = new Receiver();
  let secret: string;
  let referralId: string;
  const storedSecret = async () =>
    (
      await host.pool.query<{ secret: string | null; sealed_secret: Record<string, unknown> | null; text: string }>(
        `SELECT secret, sealed_secret, row_to_json(w)::text AS text FROM referral.webhooks w
          WHERE organization_id = $1`,
        [HARBOR.organization],
      )
    ).rows[0];

  beforeAll(async () => {
    world = await startReferralHost({
      name: 'referral-webhooks',
      clientId: ROSA,
      webhooks: { pollMs: 50, firstRetryMs: 100, maxRetryMs: 400, maxAttempts: 12, timeoutMs: 2_000 },
    });
    host = world.host;
    await openCaseWithNeeds(world, { caseId: CASE, clientId: ROSA, needs: ['housing'] });
  }, 120_000);

  afterAll(async () => {
    await host?.close();
    await harbor.stop();
    await elsewhere.stop();
  });

  it('registers a webhook for the partner’s organisation only, shows its secret once, and checks the URL', async () => {
    const { as } = world;
    expect((await host.call('PUT', '/referral/partner/webhook', undefined, { url: 'https://x.example' })).status).toBe(
      401,
    );
    expect(
      (await host.call('PUT', '/referral/partner/webhook', as.caseManager, { url: 'https://x.example' })).status,
    ).toBe(403);
    for (const url of ['http://partner.example/hook', 'ftp://127.0.0.1/x', 'https://user:pw@partner.example/', 'no']) {
      const refused = await host.call('PUT', '/referral/partner/webhook', as.harborPartner, { url });
      expect({ url, status: refused.status }).toEqual({ url, status: 400 });
    }
    const registered = await host.call('PUT', '/referral/partner/webhook', as.harborPartner, {
      url: await harbor.start(),
    });
    expect(registered).toMatchObject({ status: 200, body: { secret: expect.stringMatching(/^[\w-]{43}$/) } });
    expect(await host.undocumented('PUT', '/referral/partner/webhook', registered.body)).toEqual([]);
    secret = String(registered.body['secret']);
    // Sealed at rest: the answer is the only place the secret is seen in the clear.
    const stored = await storedSecret();
    expect(stored).toMatchObject({ secret: null, sealed_secret: { $sealed: 'A256GCM' } });
    expect(stored?.text).not.toContain(secret);
    const read = await host.call('GET', '/referral/partner/webhook', as.harborPartner);
    expect(read).toMatchObject({ status: 200, body: { webhook: { url: expect.stringContaining('127.0.0.1') } } });
    expect(JSON.stringify(read.body)).not.toContain(secret);
    expect(await host.undocumented('GET', '/referral/partner/webhook', read.body)).toEqual([]);
    const other = await host.call('PUT', '/referral/partner/webhook', as.otherPartner, {
      url: await elsewhere.start(),
    });
    expect(other.status).toBe(200);
  });

  it('posts signed id-only notifications in order, retrying a failing endpoint, to the addressed organisation only', async () => {
    harbor.failures = 2;
    referralId = await draftReferral(world, CASE);
    await recordConsent(world, {
      clientId: ROSA,
      caseId: CASE,
      categories: ['demographics', 'housing'],
      purposes: ['referral'],
    });
    // A draft is the agency's own: nothing is posted for it.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(harbor.received).toEqual([]);

    // The endpoint fails; the send does not wait for it.
    expect((await sendReferral(world, referralId)).status).toBe(201);
    const move = (path: string) =>
      host.call('POST', `/referral/partner/referrals/${referralId}/${path}`, world.as.harborPartner);
    await waitFor(
      'the partner sees it',
      async () =>
        (await host.call('GET', `/referral/partner/referrals/${referralId}`, world.as.harborPartner)).status === 200,
    );
    expect((await move('accept')).status).toBe(201);
    expect((await move('start')).status).toBe(201);

    await waitFor('four notifications delivered', async () => harbor.delivered().length >= 4, 30_000);
    const delivered = harbor.delivered();
    expect(delivered.map((notification) => notification.event)).toEqual([
      'referral.ReferralRequested.v1',
      'referral.ReferralDisclosed.v1',
      'referral.ReferralStatusChanged.v1',
      'referral.ReferralStatusChanged.v1',
    ]);
    expect(new Set(delivered.map((notification) => notification.referralId))).toEqual(new Set([referralId]));
    // Each was tried until it went through: the same delivery id twice refused, then accepted, before the next.
    const first = delivered[0]?.id;
    expect(harbor.received.slice(0, 3).map((post) => [post.headers['x-referral-delivery'], post.status])).toEqual([
      [first, 500],
      [first, 500],
      [first, 204],
    ]);
    for (const post of harbor.received) {
      const signature = String(post.headers['x-referral-signature']);
      expect(verifySignature(post.body, secret, signature)).toBe(true);
      expect(verifySignature(post.body, 'another-secret', signature)).toBe(false);
      // Id-only: nothing of the client, nothing of the notes.
      expect(Object.keys(JSON.parse(post.body) as object).sort()).toEqual(
        ['event', 'id', 'occurredAt', 'referralId', 'sentAt', 'type'].sort(),
      );
      expect(post.body).not.toContain('Rosa');
    }
    expect(elsewhere.received).toEqual([]);
  });

  it('seals a secret stored in the clear before secrets were sealed, and signs with it before and after', async () => {
    // A row as a release that kept secrets in the clear left it.
    await host.pool.query('UPDATE referral.webhooks SET secret = $1, sealed_secret = NULL WHERE organization_id = $2', [
      secret,
      HARBOR.organization,
    ]);
    const move = (path: string) =>
      host.call('POST', `/referral/partner/referrals/${referralId}/${path}`, world.as.harborPartner, {});
    const deliveredBefore = harbor.delivered().length;
    expect((await move('hold')).status).toBe(201);
    await waitFor('the hold delivered', async () => harbor.delivered().length > deliveredBefore, 30_000);

    expect(await host.app.get(WebhookSecrets).sealStoredInTheClear()).toBe(1);
    expect(await storedSecret()).toMatchObject({ secret: null, sealed_secret: { $sealed: 'A256GCM' } });
    expect(await host.app.get(WebhookSecrets).sealStoredInTheClear()).toBe(0);
    expect((await move('start')).status).toBe(201);
    await waitFor('the restart delivered', async () => harbor.delivered().length > deliveredBefore + 1, 30_000);
    for (const post of harbor.received.slice(-2)) {
      expect(verifySignature(post.body, secret, String(post.headers['x-referral-signature']))).toBe(true);
    }
  });

  it('fails the notifications of a secret it cannot open, recorded, and still delivers another organisation’s', async () => {
    // Harbor's secret, sealed under a key that is not its own: it cannot be opened.
    await host.pool.query(
      `UPDATE referral.webhooks SET sealed_secret = jsonb_set(sealed_secret, '{keyId}', to_jsonb($1::text))
        WHERE organization_id = $2`,
      [randomUUID(), HARBOR.organization],
    );
    const receivedBefore = harbor.received.length;
    const held = await host.call('POST', `/referral/partner/referrals/${referralId}/hold`, world.as.harborPartner, {});
    expect(held.status).toBe(201);
    // A notification of the other organisation's, queued while Harbor's head keeps failing.
    const notificationId = randomUUID();
    await host.pool.query(
      `INSERT INTO referral.webhook_outbox
         (notification_id, tenant_id, organization_id, referral_id, event_type, event_id, occurred_at)
       VALUES ($1, 'county-a', $2, $3, 'referral.ReferralStatusChanged.v1', $4, now())`,
      [notificationId, ELSEWHERE.organization, randomUUID(), randomUUID()],
    );
    await waitFor('the other organisation’s notification delivered', async () =>
      elsewhere.delivered().some((notification) => notification.id === notificationId),
    );
    await waitFor('Harbor’s failure recorded', async () => {
      const { rows } = await host.pool.query<{ last_error: string | null }>(
        `SELECT last_error FROM referral.webhook_outbox
          WHERE organization_id = $1 AND delivered_at IS NULL AND failed_at IS NULL`,
        [HARBOR.organization],
      );
      return rows.some((row) => row.last_error === 'secret unavailable');
    });
    // Never sent unsigned, nor signed with anything else.
    expect(harbor.received.length).toBe(receivedBefore);
  });

  it('removes the organisation’s webhook: nothing more is posted to it', async () => {
    const removed = await host.call('DELETE', '/referral/partner/webhook', world.as.otherPartner);
    expect(removed).toMatchObject({ status: 200, body: { removed: true } });
    expect(await host.undocumented('DELETE', '/referral/partner/webhook', removed.body)).toEqual([]);
    const none = await host.call('GET', '/referral/partner/webhook', world.as.otherPartner);
    expect(none.body).toMatchObject({ webhook: null });
    expect(await host.undocumented('GET', '/referral/partner/webhook', none.body)).toEqual([]);
    expect((await host.call('DELETE', '/referral/partner/webhook', world.as.otherPartner)).body).toEqual({
      removed: false,
    });
  });
});
