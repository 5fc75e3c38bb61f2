import { Logger, type Provider } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { ConsentAtSend } from '../referral/referral.decider';
import { ReferralErrors } from '../referral/referral.errors';

/** Injection token of the {@link IntakeGateway}. */
export const INTAKE_GATEWAY = Symbol('INTAKE_GATEWAY');

/** The demographic fields a referral may share, as intake's client record holds them. */
export type ClientValues = Partial<Record<'name' | 'dateOfBirth' | 'preferredLanguage' | 'phone', string>>;

/**
 * What referral asks of intake at a send (ADR 0033), with the caller's own token, so intake's own scoping decides
 * what the caller may learn: the consent in force at this moment, and the client's values to disclose under it.
 * Any failure to get an answer throws `REFERRAL.CONSENT_SOURCE_UNAVAILABLE`: the send fails closed.
 */
export interface IntakeGateway {
  /** The consent in force now for this recipient and purpose over the given categories, or null. */
  consentAtSend(request: {
    readonly authorization: string;
    readonly clientId: string;
    readonly recipient: { readonly organizationId: string; readonly name: string };
    readonly categories: readonly string[];
    readonly purpose: string;
  }): Promise<ConsentAtSend | null>;
  /** What the client's record says of the demographic fields a referral may share. */
  clientValues(request: { readonly authorization: string; readonly clientId: string }): Promise<ClientValues>;
}

/** One HTTP exchange with intake: the status and the parsed JSON body; throws when there is no answer. */
type IntakeRequest = (request: {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly authorization: string;
  readonly body?: object;
}) => Promise<{ readonly status: number; readonly body: unknown }>;

const DEFAULT_TIMEOUT_MS = 5_000;
const NOT_READABLE = Symbol('NOT_READABLE');

/** Asks intake over HTTP at its address (the distributed shape), with a timeout. */
export function fetchIntake(intakeUrl: string, timeoutMs = DEFAULT_TIMEOUT_MS): IntakeRequest {
  const base = intakeUrl.replace(/\/+$/, '');
  return async ({ method, path, authorization, body }) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { authorization, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
      signal: AbortSignal.timeout(timeoutMs),
    });
    return { status: response.status, body: (await response.json()) as unknown };
  };
}

interface InjectableServer {
  inject(options: {
    readonly method: string;
    readonly url: string;
    readonly headers: Record<string, string>;
    readonly payload?: string;
  }): Promise<{ readonly statusCode: number; readonly body: string }>;
}

/**
 * Asks intake's routes in this same process (the all-in-one shape) through Fastify's `inject`: the same routes,
 * guards and scoping as over the network, without a socket.
 */
export function injectIntake(host: HttpAdapterHost): IntakeRequest {
  return async ({ method, path, authorization, body }) => {
    const server = host.httpAdapter?.getInstance() as InjectableServer | undefined;
    if (!server || typeof server.inject !== 'function') throw new Error('no HTTP server to ask intake through');
    const response = await server.inject({
      method,
      url: path,
      headers: { authorization, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { payload: JSON.stringify(body) } : {}),
    });
    return { status: response.statusCode, body: JSON.parse(response.body) as unknown };
  };
}

/** The gateway over either way of asking; only ids and status codes are ever logged. */
export function intakeGateway(ask: IntakeRequest, logger = new Logger('IntakeGateway')): IntakeGateway {
  // 200 answers; 404 is intake saying this caller may not read the client (no consent known to them, no values);
  // anything else is no answer at all.
  const answer = async (request: Parameters<IntakeRequest>[0], what: string): Promise<unknown> => {
    let response: Awaited<ReturnType<IntakeRequest>>;
    try {
      response = await ask(request);
    } catch (error) {
      logger.warn(`intake did not answer ${what}: ${error instanceof Error ? error.name : 'error'}`);
      throw ReferralErrors.consentSourceUnavailable();
    }
    if (response.status === 404) return NOT_READABLE;
    if (response.status !== 200) {
      logger.warn(`intake answered ${what} with ${response.status}`);
      throw ReferralErrors.consentSourceUnavailable();
    }
    return response.body;
  };
  return {
    async consentAtSend({ authorization, clientId, recipient, categories, purpose }) {
      const answers = await Promise.all(
        categories.map(async (category) => {
          const body = await answer(
            {
              method: 'POST',
              path: '/intake/consents/in-force',
              authorization,
              body: {
                clientId,
                recipientOrganizationId: recipient.organizationId,
                recipientName: recipient.name,
                category,
                purpose,
              },
            },
            'the consent in force',
          );
          if (body === NOT_READABLE) return { category, body: { inForce: false, consentId: null } };
          if (!isInForceAnswer(body)) throw ReferralErrors.consentSourceUnavailable();
          return { category, body };
        }),
      );
      // The consent in force for the most of the asked categories: a send discloses under one consent.
      const byConsent = new Map<string, string[]>();
      for (const { category, body } of answers) {
        if (!body.inForce || body.consentId === null) continue;
        byConsent.set(body.consentId, [...(byConsent.get(body.consentId) ?? []), category]);
      }
      const [best] = [...byConsent.entries()].sort((a, b) => b[1].length - a[1].length);
      return best ? { consentId: best[0], informationCategories: best[1], purposes: [purpose] } : null;
    },
    async clientValues({ authorization, clientId }) {
      const body = await answer(
        { method: 'GET', path: `/intake/clients/${encodeURIComponent(clientId)}`, authorization },
        'the client’s record',
      );
      return body === NOT_READABLE ? {} : valuesOf(body);
    },
  };
}

/** The gateway as a provider: to `intakeUrl` when given (distributed), through this process's routes otherwise. */
export function intakeGatewayProvider(options: { readonly intakeUrl?: string; readonly timeoutMs?: number }): Provider {
  return {
    provide: INTAKE_GATEWAY,
    inject: [HttpAdapterHost],
    useFactory: (host: HttpAdapterHost): IntakeGateway =>
      intakeGateway(options.intakeUrl ? fetchIntake(options.intakeUrl, options.timeoutMs) : injectIntake(host)),
  };
}

interface InForceAnswer {
  readonly inForce: boolean;
  readonly consentId: string | null;
}

function isInForceAnswer(body: unknown): body is InForceAnswer {
  if (typeof body !== 'object' || body === null) return false;
  const { inForce, consentId } = body as Record<string, unknown>;
  return typeof inForce === 'boolean' && (consentId === null || typeof consentId === 'string');
}

function valuesOf(body: unknown): ClientValues {
  if (typeof body !== 'object' || body === null) throw ReferralErrors.consentSourceUnavailable();
  const record = body as {
    readonly personal?: {
      readonly givenName?: unknown;
      readonly middleName?: unknown;
      readonly familyName?: unknown;
      readonly dateOfBirth?: unknown;
      readonly contact?: { readonly phone?: unknown };
    } | null;
    readonly preferredLanguage?: unknown;
  };
  const personal = record.personal ?? null;
  const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
  const name = [personal?.givenName, personal?.middleName, personal?.familyName].map(text).filter(Boolean).join(' ');
  const values: Record<string, string | undefined> = {
    name: name || undefined,
    dateOfBirth: text(personal?.dateOfBirth),
    preferredLanguage: text(record.preferredLanguage),
    phone: text(personal?.contact?.phone),
  };
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as ClientValues;
}
