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
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await handleCommand(store, streamId, caseloadDecider, command);
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
