import { handleCommand, loadAggregate, type CommandResult } from '@casemgmt/decider';
import type { EventStore } from '@casemgmt/event-store';
import { intakeStreamId } from '../shared/intake-streams';
import { caseDecider, type CaseCommand, type CaseEvent, type OpenCase } from './case.decider';

/**
 * Load the case, decide, append, for every command on an existing case. The events carry the case's client in
 * their metadata (the key that seals `personal`, and the audit's index by client), and only the stream knows it,
 * hence the read before {@link handleCommand}'s own.
 */
export async function handleCaseCommand(
  store: EventStore,
  command: Exclude<CaseCommand, OpenCase>,
  expectedVersion?: number,
): Promise<CommandResult<CaseEvent>> {
  const { caseId } = command.data;
  const streamId = intakeStreamId('case', caseId);
  const { state } = await loadAggregate(store, streamId, caseDecider, command.metadata.tenantId);
  // A case that does not exist is refused by the decider; it then needs no client.
  const clientId = state.exists ? state.clientId : undefined;
  return handleCommand(store, streamId, caseDecider, command, expectedVersion, { caseId, clientId });
}

/** Who is assigned the case now, and whether it is open, as its stream tells it (nobody, for no such case). */
export async function assignmentOf(
  store: EventStore,
  tenantId: string,
  caseId: string,
): Promise<{ readonly caseManagerId: string | null; readonly open: boolean }> {
  const { state } = await loadAggregate(store, intakeStreamId('case', caseId), caseDecider, tenantId);
  return state.exists
    ? { caseManagerId: state.caseManagerId, open: state.status !== 'closed' }
    : { caseManagerId: null, open: false };
}
