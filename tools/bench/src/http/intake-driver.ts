import { randomUUID } from 'node:crypto';
import { signDevelopmentToken } from '@casemgmt/auth';
import type { BenchContext } from '../bench.types';

/** Clients an intake driver registers to open cases for. */
const CLIENTS = 200;

/** An intake worker's view of a running intake service: its token, and clients registered to open cases for. */
export class IntakeDriver {
  private next = 0;

  private constructor(
    private readonly url: string,
    readonly headers: Readonly<Record<string, string>>,
    private readonly clients: readonly string[],
  ) {}

  static async start(url: string, keyFile: string, tenant: string, context: BenchContext): Promise<IntakeDriver> {
    const token = await signDevelopmentToken({
      keyFile,
      sub: 'iw-bench',
      tenant,
      roles: ['intake_worker'],
      team: 'team-bench',
    });
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const clients: string[] = [];
    const driver = new IntakeDriver(url, headers, clients);
    context.log(`registering ${CLIENTS} clients`);
    for (let n = 0; n < CLIENTS; n++) {
      const clientId = randomUUID();
      await driver.post('/intake/clients', {
        clientId,
        givenName: `Given${n}`,
        familyName: `Family${n}`,
        dateOfBirth: `19${String(40 + (n % 60)).padStart(2, '0')}-0${1 + (n % 9)}-${String(1 + (n % 28)).padStart(2, '0')}`,
        preferredLanguage: 'en',
        duplicateOverride: { reason: 'benchmark clients are distinct people' },
      });
      clients.push(clientId);
    }
    return driver;
  }

  /** The body of an open-case command for the next client in turn. */
  openCase(caseId?: string): object {
    return {
      ...(caseId ? { caseId } : {}),
      clientId: this.clients[this.next++ % this.clients.length],
      programId: 'adult-behavioral-health',
      priority: 'routine',
      referralSource: { kind: 'self' },
    };
  }

  openCaseNow(caseId: string): Promise<Record<string, unknown>> {
    return this.post('/intake/cases', this.openCase(caseId));
  }

  private async post(path: string, body: object): Promise<Record<string, unknown>> {
    const response = await fetch(`${this.url}${path}`, {
      method: 'POST',
      headers: this.headers,
      body: JSON.stringify(body),
    });
    const answer = (await response.json()) as Record<string, unknown>;
    if (response.status >= 300) throw new Error(`POST ${path} answered ${response.status}: ${JSON.stringify(answer)}`);
    return answer;
  }
}
