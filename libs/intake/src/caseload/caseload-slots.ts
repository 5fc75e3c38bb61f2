import { setTimeout as sleep } from 'node:timers/promises';
import { handleCommand, type CommandMetadata, type CommandResult } from '@casemgmt/decider';
import { isEventStoreError, type EventStore } from '@casemgmt/event-store';
import { caseloadStreamId } from '../shared/intake-streams';
import {
  caseloadDecider,
  type CaseloadCommand,
  type CaseloadEvent,
  type ReleaseCaseSlot,
  type TakeCaseSlot,
} from './caseload.decider';

/**
 * A slot is taken before its case records the assignment; one older than this whose case is not the worker's was
 * left by a request that died between the two appends. Far longer than any request, so none in flight is touched.
 */
export const STALE_SLOT_AGE_MS = 5 * 60_000;

// Each attempt reads the worker's caseload and appends at the version read; a concurrent taker makes it decide
// again. At the limit the second decision refuses, so one retry settles a burst at limit - 1; the bound covers a
// burst of takers below the limit, one of which wins per round.
const MAX_ATTEMPTS = 50;

/** Takes a case slot of `workerId`, or throws INTAKE.CASELOAD_LIMIT_REACHED when their caseload is full. */
export function takeCaseSlot(
  store: EventStore,
  metadata: CommandMetadata,
  data: TakeCaseSlot['data'],
): Promise<CommandResult<CaseloadEvent>> {
  return decideUntilAppended(store, { type: 'TakeCaseSlot', data, metadata });
}

/** Gives back the slot `workerId` holds for a case; nothing when they hold none. */
export function releaseCaseSlot(
  store: EventStore,
  metadata: CommandMetadata,
  data: ReleaseCaseSlot['data'],
): Promise<CommandResult<CaseloadEvent>> {
  return decideUntilAppended(store, { type: 'ReleaseCaseSlot', data, metadata });
}

async function decideUntilAppended(store: EventStore, command: CaseloadCommand): Promise<CommandResult<CaseloadEvent>> {
  const streamId = caseloadStreamId(command.metadata.tenantId, command.data.workerId);
  // A slot moves when it is recorded, even for a back-dated change: its age tells a stale slot from one in flight.
  const { occurredAt: _backDated, ...metadata } = command.metadata;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await handleCommand(store, streamId, caseloadDecider, { ...command, metadata });
    } catch (error) {
      if (!isEventStoreError(error, 'EVENT_STORE.WRONG_EXPECTED_VERSION') || attempt >= MAX_ATTEMPTS) throw error;
      // A little jitter, so a burst of takers does not meet again at the same version.
      await sleep(Math.random() * Math.min(attempt, 10) * 2);
    }
  }
}

/**
 * Moves a slot after the case change that moves it was recorded. The change stands either way, so a failure here is
 * logged rather than answered: a slot left held errs on the side of a fuller caseload.
 */
export async function settleCaseSlot(
  store: EventStore,
  command: CaseloadCommand,
  logger: { error(message: string): void },
): Promise<void> {
  try {
    await decideUntilAppended(store, command);
  } catch (error) {
    logger.error(`${command.type} of case ${command.data.caseId} not recorded: ${String(error)}`);
  }
}

/**
 * Gives back the slots of `workerId` older than {@link STALE_SLOT_AGE_MS} whose case `stillHeld` says is not theirs
 * (any more); answers how many. Called when a slot is refused at the limit, so a crash never keeps a worker full.
 */
export async function releaseStaleSlots(
  store: EventStore,
  metadata: CommandMetadata,
  workerId: string,
  stillHeld: (caseId: string) => Promise<boolean>,
): Promise<number> {
  const { tenantId } = metadata;
  const events = await store.readStream<CaseloadEvent>(caseloadStreamId(tenantId, workerId));
  const takenAt = new Map<string, Date>();
  for (const event of events) {
    if (event.metadata.tenantId !== tenantId) continue;
    if (event.type === 'CaseSlotTaken') takenAt.set(event.data.caseId, event.occurredAt);
    else takenAt.delete(event.data.caseId);
  }
  const before = metadata.now.getTime() - STALE_SLOT_AGE_MS;
  let released = 0;
  for (const [caseId, at] of takenAt) {
    if (at.getTime() > before || (await stillHeld(caseId))) continue;
    const result = await decideUntilAppended(store, {
      type: 'ReleaseCaseSlot',
      data: { workerId, caseId, reason: 'stale' },
      metadata,
    });
    released += result.events.length;
  }
  return released;
}
