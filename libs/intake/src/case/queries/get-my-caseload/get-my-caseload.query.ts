import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, Not } from 'typeorm';
import type { RequestContext } from '@casemgmt/auth';
import { AccessLog } from '../../../shared/access-log';
import { InjectIntakeOptions, type IntakeOptions } from '../../../shared/intake-options';
import { CaseloadEntry } from '../../projections/caseload/caseload-entry.entity';
import {
  caseloadCasesOf,
  countsOf,
  recordListedCases,
  type CaseloadCase,
  type CaseloadCounts,
} from '../caseload-views';

export interface MyCaseload extends CaseloadCounts {
  readonly caseManagerId: string;
  readonly caseloadLimit: number;
  readonly cases: readonly CaseloadCase[];
}

const VIEW = 'GET /intake/caseloads/me';

/** `GET /intake/caseloads/me`: the caller's open cases, with counts by status and priority and open safety flags. */
@Injectable()
export class GetMyCaseloadQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectIntakeOptions() private readonly options: IntakeOptions,
    private readonly accessLog: AccessLog,
  ) {}

  async execute(context: RequestContext): Promise<MyCaseload> {
    const rows = await this.dataSource.getRepository(CaseloadEntry).findBy({
      tenantId: context.tenantId,
      caseManagerId: context.actor.id,
      status: Not('closed' as const),
    });
    const cases = caseloadCasesOf(rows);
    await recordListedCases(this.accessLog, context, cases, VIEW, 'case_manager');
    return {
      caseManagerId: context.actor.id,
      caseloadLimit: this.options.caseloadLimit,
      ...countsOf(cases),
      cases,
    };
  }
}
