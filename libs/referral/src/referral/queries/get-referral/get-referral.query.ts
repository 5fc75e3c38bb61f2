import { Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import type { RequestContext } from '@casemgmt/auth';
import { loadAggregate } from '@casemgmt/decider';
import { InjectDatabasePool, type EventStore } from '@casemgmt/event-store';
import { referralCaseOf } from '../../../case-view/case-scope';
import { caseReadRole } from '../../../shared/referral-access.policy';
import { ReferralAccessLog } from '../../../shared/referral-access-log';
import { InjectReferralEventStore } from '../../../shared/referral-options';
import { referralStreamId } from '../../../shared/referral-streams';
import { referralDecider, type ExistingReferral } from '../../referral.decider';
import { ReferralErrors } from '../../referral.errors';

/** One referral as its events tell it now (sealed text opened), and its stream version for the next change. */
export type ReferralView = Omit<ExistingReferral, 'exists'> & { readonly streamVersion: number };

/** One referral from its own stream, so a read right after a change shows it; for those who may read its case. */
@Injectable()
export class GetReferralQuery {
  constructor(
    @InjectReferralEventStore() private readonly store: EventStore,
    @InjectDatabasePool() private readonly pool: Pool,
    private readonly accessLog: ReferralAccessLog,
  ) {}

  async execute(context: RequestContext, referralId: string, view: string): Promise<ReferralView> {
    const loaded = await loadAggregate(
      this.store,
      referralStreamId('referral', referralId),
      referralDecider,
      context.tenantId,
    );
    const referral = loaded.state.exists ? loaded.state : null;
    const scope = referral ? await referralCaseOf(this.pool, context.tenantId, referral.caseId) : null;
    const role = scope ? caseReadRole(context.actor, scope) : undefined;
    if (!referral || !scope || !role) throw ReferralErrors.notFound(referralId);
    await this.accessLog.read(context, {
      subjectId: referralId,
      caseId: referral.caseId,
      clientId: scope.clientId,
      view,
      role,
    });
    const { exists: _, ...rest } = referral;
    return { ...rest, streamVersion: loaded.version };
  }
}
