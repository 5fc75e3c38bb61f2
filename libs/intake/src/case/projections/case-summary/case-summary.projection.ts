import type { RecordedEvent } from '@casemgmt/event-store';
import { ignoreUnknownEvent, update, upsert, type Projection, type ReadModelChange } from '@casemgmt/read-model';
import { CASE_EVENT_TYPES, type CaseEvent } from '../../case.decider';
import { CaseSummary, SCREENING_COLUMNS } from './case-summary.entity';

/** One row per case (`intake.case_summary`): codes, ids, dates and results; no free text, nothing sealed. */
export const caseSummaryProjection: Projection<CaseEvent> = {
  name: 'intake.case-summary',
  // 2: no closing reason nor eligibility details (ADR 0014); rebuilt from the first event.
  version: 2,
  // Rows hold no free text since ADR 0014: an erasure of the client has nothing left to blank here.
  categories: ['intake.case'],
  eventTypes: CASE_EVENT_TYPES,
  project(event: RecordedEvent<CaseEvent>): readonly ReadModelChange[] {
    const tenantId = event.metadata.tenantId;
    const caseEvent = event;
    const change = (set: Partial<CaseSummary>): ReadModelChange[] => [
      update(
        CaseSummary,
        { tenantId, caseId: caseEvent.data.caseId },
        { ...set, version: event.streamVersion, updatedAt: event.recordedAt },
      ),
    ];
    switch (caseEvent.type) {
      case 'CaseOpened':
        return [
          upsert(
            CaseSummary,
            {
              tenantId,
              caseId: caseEvent.data.caseId,
              clientId: caseEvent.data.clientId,
              programId: caseEvent.data.programId,
              priority: caseEvent.data.priority,
              status: 'opened',
              teamId: caseEvent.data.teamId,
              caseManagerId: null,
              openedBy: caseEvent.data.openedBy,
              openedAt: event.occurredAt,
              referralSourceKind: caseEvent.data.referralSource.kind,
              screeningPhq9: null,
              screeningGad7: null,
              screeningAuditC: null,
              screeningAhcHrsn: null,
              needs: [],
              eligibility: null,
              safetyFlagOpen: false,
              latestSafetyFlag: null,
              closedAt: null,
              closedOutcome: null,
              version: event.streamVersion,
              updatedAt: event.recordedAt,
            },
            ['tenantId', 'caseId'],
          ),
        ];
      case 'CaseStatusChanged':
        return change({ status: caseEvent.data.to });
      case 'CaseClosed':
        return change({
          status: 'closed',
          closedAt: event.occurredAt,
          closedOutcome: caseEvent.data.outcome,
        });
      case 'CaseReopened':
        return change({ status: caseEvent.data.to, closedAt: null, closedOutcome: null });
      case 'CaseAssigned':
        return change({ caseManagerId: caseEvent.data.caseManagerId });
      case 'CaseTransferred':
        return change({ teamId: caseEvent.data.toTeamId, caseManagerId: null });
      case 'ScreeningScored': {
        const { screeningId, instrument, instrumentVersion, result } = caseEvent.data;
        return change({
          [SCREENING_COLUMNS[instrument]]: {
            screeningId,
            instrumentVersion,
            result,
            scoredAt: event.occurredAt.toISOString(),
          },
        });
      }
      case 'SafetyFlagRaised': {
        const { screeningId, instrument, items, followUpDueBy } = caseEvent.data;
        return change({ safetyFlagOpen: true, latestSafetyFlag: { screeningId, instrument, items, followUpDueBy } });
      }
      case 'NeedIdentified':
        return change({ needs: [...caseEvent.data.openNeeds] });
      case 'EligibilityDetermined': {
        // Which rules passed, never what they found: the details are the applicant's sealed age, county and income.
        const { programId, eligible, reasons, asOf } = caseEvent.data;
        return change({
          eligibility: { programId, eligible, reasons: reasons.map(({ rule, passed }) => ({ rule, passed })), asOf },
        });
      }
      default:
        return ignoreUnknownEvent(caseEvent);
    }
  },
};
