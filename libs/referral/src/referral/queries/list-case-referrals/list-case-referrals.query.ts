import { Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import type { RequestContext } from '@casemgmt/auth';
import { InjectDatabasePool, type EventStore } from '@casemgmt/event-store';
import type { PersonalDataVault } from '@casemgmt/personal-data';
import { referralCaseOf } from '../../../case-view/case-scope';
import { caseReadRole } from '../../../shared/referral-access.policy';
import { ReferralAccessLog } from '../../../shared/referral-access-log';
import { InjectReferralEventStore, InjectReferralVault } from '../../../shared/referral-options';
import { referralStreamId } from '../../../shared/referral-streams';
import type { ReferralEvent } from '../../referral.events';
import { ReferralErrors } from '../../referral.errors';
import { REFERRAL_COLUMNS, disclosedValuesOfRows, type ReferralRow } from '../referral-row';
import { caseReferralHistoryOf, type CaseReferralHistoryEntry } from './case-referral-history';

/** A referral as the agency lists it on its case. */
export interface CaseReferral {
  readonly referralId: string;
  readonly status: string;
  readonly need: string;
  readonly goalId: string | null;
  readonly target: {
    readonly organizationId: string;
    readonly serviceId: string;
    readonly locationId: string;
    readonly listingVersion: number;
  };
  readonly warnings: readonly string[];
  readonly requestedAt: string | null;
  readonly answerDueAt: string | null;
  readonly disclosure: {
    readonly consentId: string;
    readonly purpose: string | null;
    readonly fields: readonly string[];
    readonly values: Readonly<Record<string, string>> | null;
  } | null;
  readonly reason: string | null;
  readonly deliveredOn: string | null;
  /** What the receiving organisation recorded as delivered; null until completed, or once the client was erased. */
  readonly outcome: string | null;
  readonly followUpDueOn: string | null;
  readonly followUpResult: string | null;
  readonly updatedAt: string;
  /** Each status it reached, oldest first, with when (occurred and recorded). */
  readonly history: readonly CaseReferralHistoryEntry[];
}

/** A case's referrals, newest first, for those who may read the case; the read is in the access log. */
@Injectable()
export class ListCaseReferralsQuery {
  constructor(
    @InjectDatabasePool() private readonly pool: Pool,
    @InjectReferralVault() private readonly vault: PersonalDataVault,
    @InjectReferralEventStore() private readonly store: EventStore,
    private readonly accessLog: ReferralAccessLog,
  ) {}

  async execute(context: RequestContext, caseId: string, view: string): Promise<CaseReferral[]> {
    const scope = await referralCaseOf(this.pool, context.tenantId, caseId);
    const role = scope ? caseReadRole(context.actor, scope) : undefined;
    if (!scope || !role) throw ReferralErrors.caseNotFound(caseId);
    const { rows } = await this.pool.query<ReferralRow>(
      `SELECT ${REFERRAL_COLUMNS} FROM referral.referrals WHERE tenant_id = $1 AND case_id = $2
        ORDER BY created_at DESC, referral_id`,
      [context.tenantId, caseId],
    );
    await this.accessLog.read(context, { subjectId: caseId, caseId, clientId: scope.clientId, view, role });
    const values = await disclosedValuesOfRows(this.vault, rows);
    const streams = await Promise.all(rows.map((row) => this.streamOf(context.tenantId, row.referral_id)));
    return rows.map((row, index) => ({
      referralId: row.referral_id,
      status: row.status,
      need: row.need,
      goalId: row.goal_id,
      target: {
        organizationId: row.organization_id,
        serviceId: row.service_id,
        locationId: row.location_id,
        listingVersion: row.listing_version,
      },
      warnings: row.warnings,
      requestedAt: row.requested_at?.toISOString() ?? null,
      answerDueAt: row.answer_due_at?.toISOString() ?? null,
      disclosure: row.consent_id
        ? {
            consentId: row.consent_id,
            purpose: row.purpose,
            fields: row.fields,
            values: values[index] ?? null,
          }
        : null,
      reason: row.reason,
      deliveredOn: row.delivered_on,
      outcome: streams[index]?.outcome ?? null,
      followUpDueOn: row.follow_up_due_on,
      followUpResult: row.follow_up_result,
      updatedAt: row.updated_at.toISOString(),
      history: streams[index]?.history ?? [],
    }));
  }

  /**
   * A referral's statuses and its outcome from its own stream, so a move just made is in them; only this tenant's
   * events count. The store opens the outcome with the client's key.
   */
  private async streamOf(
    tenantId: string,
    referralId: string,
  ): Promise<{ history: CaseReferralHistoryEntry[]; outcome: string | null }> {
    const events = (await this.store.readStream<ReferralEvent>(referralStreamId('referral', referralId))).filter(
      (event) => event.metadata.tenantId === tenantId,
    );
    const completed = events.findLast((event) => event.type === 'ReferralCompleted');
    return {
      history: caseReferralHistoryOf(
        events.map((event) => ({ event, occurredAt: event.occurredAt, recordedAt: event.recordedAt })),
      ),
      outcome: completed?.type === 'ReferralCompleted' ? (completed.data.personal?.outcome ?? null) : null,
    };
  }
}
