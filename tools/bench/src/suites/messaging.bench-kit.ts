import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import type { EventMetadata, NewEvent } from '@casemgmt/event-store';
import type { ServiceContract } from '@casemgmt/messaging';

/** A one-event contract for a benchmark's own service name, so runs never share topics. */
export function contractFor(service: string): ServiceContract {
  return {
    service,
    categories: [`${service}.case`],
    events: [
      {
        type: 'CaseNoteAdded',
        version: 1,
        summary: 'A note was added to a case',
        schema: {
          type: 'object',
          required: ['caseId', 'note'],
          properties: {
            caseId: { type: 'string' },
            contactType: { type: 'string' },
            minutes: { type: 'integer' },
            note: { type: 'string' },
          },
        },
      },
    ],
  };
}

// About the size of a real case event: a few ids, a status and a short note; full metadata, as the relay sees it.
export function caseNote(caseId: string, n: number): NewEvent {
  const metadata: EventMetadata = {
    tenantId: 'tenant-bench',
    actor: { id: 'worker-17', role: 'case_manager' },
    correlationId: randomUUID(),
    causationId: randomUUID(),
    caseId,
    clientId: `client-${caseId}`,
    traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
  };
  return {
    type: 'CaseNoteAdded',
    data: {
      caseId,
      contactType: 'home_visit',
      minutes: 45,
      n,
      note: 'Client reports stable housing; follow up on SNAP renewal.',
    },
    metadata,
  };
}

function kafkaBrokers(): string[] {
  const brokers = (process.env['KAFKA_BROKERS'] ?? '')
    .split(',')
    .map((broker) => broker.trim())
    .filter(Boolean);
  if (brokers.length === 0)
    throw new Error('The messaging benchmark needs KAFKA_BROKERS (run it with BENCH_KAFKA=true)');
  return brokers;
}

export function benchKafka(clientId: string): Kafka {
  return new Kafka({ clientId, brokers: kafkaBrokers(), logLevel: logLevel.ERROR });
}

export async function waitUntil(probe: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`messaging bench: timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
