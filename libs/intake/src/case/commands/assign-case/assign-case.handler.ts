import { Injectable, Logger } from '@nestjs/common';
import { loadAggregate, underRole, type CommandResult } from '@casemgmt/decider';
import { EventStoreError, type EventStore } from '@casemgmt/event-store';
import { isDomainError } from '@casemgmt/kernel';
import { releaseStaleSlots, settleCaseSlot, takeCaseSlot } from '../../../caseload/caseload-slots';
import { caseloadDecider } from '../../../caseload/caseload.decider';
import { InjectIntakeEventStore, InjectIntakeOptions, type IntakeOptions } from '../../../shared/intake-options';
import { caseloadStreamId, intakeStreamId, workerStreamId } from '../../../shared/intake-streams';
import { workerDecider, type WorkerState } from '../../../worker/worker.decider';
import type { AssigneeRecord } from '../../case-assignment.rules';
import { assignmentOf, handleCaseCommand } from '../../case-command';
import { caseDecider, type AssignCase, type CaseEvent } from '../../case.decider';

export type AssignCaseRequest = Omit<AssignCase, 'data'> & {
  readonly data: Omit<AssignCase['data'], 'assignee' | 'caseloadOfAssignee' | 'limit'>;
};

/**
 * Looks the assignee up in the worker registry and their caseload, takes a case slot of theirs (the caseload
 * limit holds under concurrency there, see ADR 0013), then records the assignment on the case. A slot taken for an
 * assignment that then fails is given back; the previous case manager's slot is given back once the case is
 * theirs no longer.
 */
@Injectable()
export class AssignCaseHandler {
  private readonly logger = new Logger(AssignCaseHandler.name);

  constructor(
    @InjectIntakeEventStore() private readonly store: EventStore,
    @InjectIntakeOptions() private readonly options: IntakeOptions,
  ) {}

  async execute(request: AssignCaseRequest, expectedVersion?: number): Promise<CommandResult<CaseEvent>> {
    const { tenantId } = request.metadata;
    const { caseId, caseManagerId } = request.data;
    // The other cases they hold: a slot held for this case already (a retried assignment) is not counted twice.
    const heldBesides = async () => {
      const caseload = await loadAggregate(
        this.store,
        caseloadStreamId(tenantId, caseManagerId),
        caseloadDecider,
        tenantId,
      );
      return caseload.state.caseIds.filter((held) => held !== caseId).length;
    };
    const [current, worker, held] = await Promise.all([
      loadAggregate(this.store, intakeStreamId('case', caseId), caseDecider, tenantId),
      loadAggregate(this.store, workerStreamId(tenantId, caseManagerId), workerDecider, tenantId),
      heldBesides(),
    ]);
    let othersHeld = held;
    const command = (caseloadOfAssignee: number): AssignCase => ({
      ...request,
      data: {
        ...request.data,
        assignee: assigneeOf(worker.state),
        caseloadOfAssignee,
        limit: this.options.caseloadLimit,
      },
    });
    // A stale request is refused before it takes a slot, as handleCaseCommand would refuse it after.
    if (expectedVersion !== undefined && expectedVersion !== current.version) {
      throw EventStoreError.wrongExpectedVersion(intakeStreamId('case', caseId), expectedVersion, current.version);
    }
    // Decided once without appending: a refusal, or a case already theirs, takes no slot.
    let decided: readonly CaseEvent[];
    try {
      decided = caseDecider.decide(command(othersHeld), current.state);
    } catch (error) {
      // At the limit, slots a crashed request left behind are given back first (ADR 0013), then it is decided again.
      if (!isDomainError(error) || error.code !== 'INTAKE.CASELOAD_LIMIT_REACHED') throw error;
      const stillHeld = (held: string) => this.holds(tenantId, caseManagerId, held);
      if ((await releaseStaleSlots(this.store, request.metadata, caseManagerId, stillHeld)) === 0) throw error;
      othersHeld = await heldBesides();
      decided = caseDecider.decide(command(othersHeld), current.state);
    }
    const [assigned] = decided;
    if (assigned?.type !== 'CaseAssigned') return handleCaseCommand(this.store, command(0), expectedVersion);
    // The slot events record the role the assignment is allowed under, as the case's events do (ADR 0012).
    const role = caseDecider.grantingRole?.(command(othersHeld), current.state);
    const granted = { ...request, metadata: underRole(request.metadata, role) };

    const override = assigned.data.caseloadOverride;
    const slot = await takeCaseSlot(this.store, granted.metadata, {
      workerId: caseManagerId,
      caseId,
      limit: this.options.caseloadLimit,
      ...(override ? { beyondLimit: { kind: 'override', supervisorId: override.supervisorId } } : {}),
    });
    const [taken] = slot.events;
    // The caseload the slot was taken at, which a concurrent taker may have changed since the first read.
    const caseloadAtTaking = taken ? taken.data.caseload - 1 : othersHeld;
    let result: CommandResult<CaseEvent>;
    try {
      result = await handleCaseCommand(this.store, command(caseloadAtTaking), expectedVersion);
    } catch (error) {
      if (taken) await this.giveBackUnusedSlot(granted, caseManagerId);
      throw error;
    }
    const [recorded] = result.events;
    const previous = recorded?.type === 'CaseAssigned' ? recorded.data.previousCaseManagerId : null;
    if (previous) await this.release(granted, previous, 'reassigned');
    return result;
  }

  private async holds(tenantId: string, workerId: string, caseId: string): Promise<boolean> {
    const { caseManagerId, open } = await assignmentOf(this.store, tenantId, caseId);
    return open && caseManagerId === workerId;
  }

  // The slot stays when a concurrent request gave the case to the same worker: it is theirs either way.
  private async giveBackUnusedSlot(request: AssignCaseRequest, workerId: string): Promise<void> {
    const { tenantId } = request.metadata;
    if (!(await this.holds(tenantId, workerId, request.data.caseId))) {
      await this.release(request, workerId, 'assignment_failed');
    }
  }

  private release(request: AssignCaseRequest, workerId: string, reason: 'reassigned' | 'assignment_failed') {
    const data = { workerId, caseId: request.data.caseId, reason };
    return settleCaseSlot(this.store, { type: 'ReleaseCaseSlot', data, metadata: request.metadata }, this.logger);
  }
}

function assigneeOf(worker: WorkerState): AssigneeRecord | null {
  return worker.registered ? { active: worker.active, teamId: worker.teamId, roles: worker.roles } : null;
}
