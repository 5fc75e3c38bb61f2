import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, Not } from 'typeorm';
import type { CommandResult } from '@casemgmt/decider';
import type { EventStore } from '@casemgmt/event-store';
import { InjectIntakeEventStore, InjectIntakeOptions, type IntakeOptions } from '../../../shared/intake-options';
import { handleCaseCommand } from '../../case-command';
import type { AssignCase, CaseEvent } from '../../case.decider';
import { CaseloadEntry } from '../../projections/caseload/caseload-entry.entity';

export type AssignCaseRequest = Omit<AssignCase, 'data'> & {
  readonly data: Omit<AssignCase['data'], 'caseloadOfAssignee' | 'limit'>;
};

@Injectable()
export class AssignCaseHandler {
  constructor(
    @InjectIntakeEventStore() private readonly store: EventStore,
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectIntakeOptions() private readonly options: IntakeOptions,
  ) {}

  /** Counts the assignee's open cases, then lets the decider apply the configured limit. */
  async execute(request: AssignCaseRequest, expectedVersion?: number): Promise<CommandResult<CaseEvent>> {
    // The count comes from the read model, so two assignments at the same instant may both pass: the limit is a
    // workload guard, not an invariant the store could enforce across streams.
    const caseloadOfAssignee = await this.dataSource.getRepository(CaseloadEntry).countBy({
      tenantId: request.metadata.tenantId,
      caseManagerId: request.data.caseManagerId,
      status: Not('closed' as const),
    });
    return handleCaseCommand(
      this.store,
      {
        ...request,
        data: { ...request.data, caseloadOfAssignee, limit: this.options.caseloadLimit },
      },
      expectedVersion,
    );
  }
}
