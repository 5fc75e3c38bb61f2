// Test fixtures shared by this library's specs: a small intake contract and events that match it. They stay here,
// not in @casemgmt/testing, because they are typed by this library's contracts: the testing library imports no
// workspace library (every library's specs import it, so an import back would be a cycle).
import { randomBytes, randomUUID } from 'node:crypto';
import type { EventMetadata, NewEvent, RecordedEvent } from '@casemgmt/event-store';
import type { ServiceContract } from '../contracts/service-contract';

/** A service name of its own per test, hence a topic of its own: `casemgmt.<name>.events.v1`. */
export function uniqueService(prefix = 'intake'): string {
  return `${prefix}${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
}

/** The intake sample contract under another service name (its categories follow the name). */
export function sampleContractFor(service: string): ServiceContract {
  return { ...intakeSampleContract, service, categories: [`${service}.client`, `${service}.case`] };
}

export const intakeSampleContract: ServiceContract = {
  service: 'intake',
  categories: ['intake.client', 'intake.case'],
  events: [
    {
      type: 'ClientRegistered',
      version: 1,
      summary: 'A client was registered',
      schema: {
        $schema: 'http://json-schema.org/draft-07/schema#',
        type: 'object',
        required: ['clientId'],
        properties: { clientId: { type: 'string' }, preferredLanguage: { type: 'string' } },
      },
    },
    {
      type: 'CaseOpened',
      version: 1,
      summary: 'A case was opened for a client',
      schema: {
        $schema: 'http://json-schema.org/draft-07/schema#',
        type: 'object',
        required: ['caseId', 'clientId', 'priority'],
        properties: {
          caseId: { type: 'string' },
          clientId: { type: 'string' },
          priority: { type: 'string', enum: ['urgent', 'high', 'routine'] },
        },
      },
    },
  ],
};

export function sampleMetadata(overrides: Partial<EventMetadata> = {}): EventMetadata {
  return {
    tenantId: 'tenant-a',
    actor: { id: 'worker-7', role: 'intake_worker' },
    correlationId: randomUUID(),
    ...overrides,
  };
}

export function caseOpened(caseId: string, clientId: string, priority = 'routine'): NewEvent {
  return { type: 'CaseOpened', data: { caseId, clientId, priority }, metadata: sampleMetadata({ caseId, clientId }) };
}

export function clientRegistered(clientId: string): NewEvent {
  return { type: 'ClientRegistered', data: { clientId }, metadata: sampleMetadata({ clientId }) };
}

/** A stored event as the relay would read it, for tests that produce to Kafka without a store. */
export function recordedEvent(
  service: string,
  type: string,
  data: Record<string, unknown>,
  position: number,
): RecordedEvent {
  const caseId = typeof data['caseId'] === 'string' ? data['caseId'] : undefined;
  return {
    eventId: randomUUID(),
    type,
    streamId: `${service}.case-${caseId ?? randomUUID()}`,
    streamVersion: 1,
    globalPosition: BigInt(position),
    logPosition: { commit: BigInt(position), prepare: BigInt(position) },
    occurredAt: new Date(),
    recordedAt: new Date(),
    data,
    metadata: sampleMetadata(caseId ? { caseId } : {}),
  } as RecordedEvent;
}
