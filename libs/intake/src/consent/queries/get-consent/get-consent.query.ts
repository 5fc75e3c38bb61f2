import { Injectable } from '@nestjs/common';
import { loadAggregate } from '@casemgmt/decider';
import type { EventStore } from '@casemgmt/event-store';
import { InjectIntakeEventStore } from '../../../shared/intake-options';
import { intakeStreamId } from '../../../shared/intake-streams';
import { expiresAt, standingAt, type ConsentCalendar, type ConsentStanding } from '../../consent-in-force';
import { InjectConsentCalendar } from '../../consent-calendar';
import { consentDecider, type ConsentRecord, type RecordedConsentState } from '../../consent.decider';
import { ConsentErrors } from '../../consent.errors';

/** A consent as recorded, with its revocation, its expiry and where it stands now. */
export interface ConsentView extends Omit<ConsentRecord, 'consentId' | 'caseId'> {
  readonly id: string;
  readonly version: number;
  readonly caseId: string | null;
  readonly revocation: {
    readonly revokedAt: string;
    readonly method: string;
    /** `null` when none was given, or once the client's key is shredded. */
    readonly reason: string | null;
  } | null;
  readonly expiryEventOccurredAt: string | null;
  /** When the consent stops applying by its expiry, where that is known. */
  readonly expiresAt: string | null;
  readonly standing: ConsentStanding;
}

/** `GET /intake/consents/{id}`: the consent's stream folded through the intake store (personal data opened). */
@Injectable()
export class GetConsentQuery {
  constructor(
    @InjectIntakeEventStore() private readonly store: EventStore,
    @InjectConsentCalendar() private readonly calendar: ConsentCalendar,
  ) {}

  async execute(tenantId: string, consentId: string, now: Date = new Date()): Promise<ConsentView> {
    const loaded = await loadAggregate(this.store, intakeStreamId('consent', consentId), consentDecider, tenantId);
    if (!loaded.state.recorded) throw ConsentErrors.notFound(consentId);
    return viewOf(loaded.state, loaded.version, this.calendar, now);
  }
}

function viewOf(state: RecordedConsentState, version: number, calendar: ConsentCalendar, now: Date): ConsentView {
  const { consentId, caseId, ...record } = state.record;
  const end = expiresAt(state, calendar);
  return {
    id: consentId,
    version,
    caseId: caseId ?? null,
    ...record,
    revocation: state.revocation
      ? {
          revokedAt: state.revocation.revokedAt,
          method: state.revocation.method,
          reason: state.revocation.personal?.reason ?? null,
        }
      : null,
    expiryEventOccurredAt: state.expiryEvent?.occurredAt ?? null,
    expiresAt: end ? end.toISOString() : null,
    standing: standingAt(state, now, calendar).standing,
  };
}
