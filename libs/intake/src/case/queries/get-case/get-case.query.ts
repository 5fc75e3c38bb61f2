import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@casemgmt/auth';
import { isEventStoreError, type EventStore, type RecordedEvent } from '@casemgmt/event-store';
import type { EligibilityApplicant } from '../../../eligibility/eligibility.rules';
import type {
  NeedCode,
  ScreeningAnswers,
  ScreeningInstrument,
  ScreeningResult,
  ScreeningSubject,
} from '../../../screening/screening.types';
import { AccessLog } from '../../../shared/access-log';
import { InjectIntakeEventStore } from '../../../shared/intake-options';
import { intakeStreamId } from '../../../shared/intake-streams';
import { caseReadGrant } from '../../case-access.policy';
import {
  caseDecider,
  screeningOf,
  type CaseEvent,
  type CaseOutcome,
  type CasePriority,
  type CaseStatus,
  type EligibilityRecord,
  type NeedSource,
  type OpenedCaseState,
  type ReferralSourceKind,
} from '../../case.decider';
import { CaseErrors } from '../../case.errors';

export interface CaseDetails {
  readonly caseId: string;
  readonly clientId: string;
  readonly programId: string;
  readonly priority: CasePriority;
  readonly status: CaseStatus;
  /** `name` is null when none was given or the client's personal data was erased. */
  readonly referralSource: { readonly kind: ReferralSourceKind; readonly name: string | null };
  readonly teamId: string;
  readonly caseManagerId: string | null;
  readonly openedBy: string;
  readonly openedAt: string;
  readonly closure: { readonly outcome: CaseOutcome; readonly reason: string | null; readonly closedAt: string } | null;
  readonly reopenedCount: number;
  /** Every screening, oldest first. */
  readonly screenings: readonly {
    readonly screeningId: string;
    readonly instrument: ScreeningInstrument;
    readonly instrumentVersion: string;
    /** Null once the client's personal data is erased. */
    readonly answers: ScreeningAnswers | null;
    readonly subject: ScreeningSubject | null;
    readonly result: ScreeningResult;
    readonly scoredAt: string;
  }[];
  readonly needs: readonly {
    readonly need: NeedCode;
    readonly source: NeedSource;
    readonly note: string | null;
    readonly identifiedAt: string;
  }[];
  readonly safetyFlags: readonly {
    readonly screeningId: string;
    readonly instrument: ScreeningInstrument;
    readonly items: readonly string[];
    readonly followUpDueBy: string;
    readonly raisedAt: string;
  }[];
  /** The latest determination per program. */
  readonly eligibility: readonly (EligibilityRecord & { readonly applicant: EligibilityApplicant | null })[];
  /** Version of the case's stream: the `expectedVersion` of the next change. */
  readonly version: number;
  readonly updatedAt: string;
}

const VIEW = 'GET /intake/cases/{id}';

/**
 * `GET /intake/cases/{id}`: the case folded from its stream through the store that opens personal data, so a read
 * right after a write sees it, and the sealed free text (reasons, notes) reads as written, or null once erased.
 */
@Injectable()
export class GetCaseQuery {
  constructor(
    @InjectIntakeEventStore() private readonly store: EventStore,
    private readonly accessLog: AccessLog,
  ) {}

  async execute(context: RequestContext, caseId: string, asOf?: Date): Promise<CaseDetails> {
    const events = await this.eventsOf(context.tenantId, caseId);
    // Access is checked against the case as it stands now (DESIGN §8), whatever moment is asked for: a reader taken
    // off the case, or one asking for a moment before it was assigned, reads nothing.
    const now = events.reduce(caseDecider.evolve, caseDecider.initialState());
    const grant = now.exists ? caseReadGrant(context.actor, now) : undefined;
    const shown = asOf ? events.filter((event) => event.recordedAt.getTime() <= asOf.getTime()) : events;
    const state = shown.reduce(caseDecider.evolve, caseDecider.initialState());
    // Outside the reader's scope reads as absent, so the existence of the case does not leak.
    if (!state.exists || grant?.decision !== 'granted') throw CaseErrors.notFound(caseId);
    await this.accessLog.record(context, {
      subject: 'case',
      subjectId: caseId,
      clientId: state.clientId,
      caseId,
      view: VIEW,
      role: grant.role,
    });
    return detailsOf(state, shown);
  }

  private async eventsOf(tenantId: string, caseId: string): Promise<RecordedEvent<CaseEvent>[]> {
    try {
      const events = await this.store.readStream<CaseEvent>(intakeStreamId('case', caseId));
      // Another tenant's case does not exist for this one.
      return events.every((event) => event.metadata.tenantId === tenantId) ? events : [];
    } catch (error) {
      if (isEventStoreError(error) && error.code === 'EVENT_STORE.STREAM_NOT_FOUND') return [];
      throw error;
    }
  }
}

function detailsOf(state: OpenedCaseState, events: readonly RecordedEvent<CaseEvent>[]): CaseDetails {
  const at = (event: RecordedEvent<CaseEvent>) => event.occurredAt.toISOString();
  const screenings: CaseDetails['screenings'][number][] = [];
  const needs: CaseDetails['needs'][number][] = [];
  const safetyFlags: CaseDetails['safetyFlags'][number][] = [];
  const applicants = new Map<string, EligibilityApplicant | null>();
  let closedAt = '';
  for (const event of events) {
    switch (event.type) {
      case 'ScreeningScored':
        screenings.push({ ...screeningOf(event.data), scoredAt: at(event) });
        break;
      case 'NeedIdentified':
        needs.push({
          need: event.data.need,
          source: event.data.source,
          note: event.data.personal?.note ?? null,
          identifiedAt: at(event),
        });
        break;
      case 'SafetyFlagRaised': {
        const { caseId: _caseId, ...flag } = event.data;
        safetyFlags.push({ ...flag, raisedAt: at(event) });
        break;
      }
      case 'EligibilityDetermined':
        applicants.set(event.data.programId, event.data.personal?.applicant ?? null);
        break;
      case 'CaseClosed':
        closedAt = at(event);
        break;
      default:
        break;
    }
  }
  const first = events[0];
  const last = events[events.length - 1];
  return {
    caseId: state.caseId,
    clientId: state.clientId,
    programId: state.programId,
    priority: state.priority,
    status: state.status,
    referralSource: state.referralSource,
    teamId: state.teamId,
    caseManagerId: state.caseManagerId,
    openedBy: state.openedBy,
    openedAt: first ? at(first) : '',
    closure: state.closure ? { ...state.closure, closedAt } : null,
    reopenedCount: state.reopenedCount,
    screenings,
    needs,
    safetyFlags,
    eligibility: Object.values(state.eligibility).map((record) => ({
      ...record,
      applicant: applicants.get(record.programId) ?? null,
    })),
    version: last?.streamVersion ?? 0,
    updatedAt: last ? last.recordedAt.toISOString() : '',
  };
}
