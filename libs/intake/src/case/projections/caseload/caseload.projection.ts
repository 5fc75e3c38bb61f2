import type { RecordedEvent } from '@casemgmt/event-store';
import { ignoreUnknownEvent, update, upsert, type Projection, type ReadModelChange } from '@casemgmt/read-model';
import { CASE_EVENT_TYPES, type CaseEvent } from '../../case.decider';
import { CaseloadEntry } from './caseload-entry.entity';

/** Who works which case (`intake.caseload_entry`): the caseload limit and the caseload views count over it. */
export const caseloadProjection: Projection<CaseEvent> = {
  name: 'intake.caseload',
  version: 1,
  categories: ['intake.case'],
  eventTypes: CASE_EVENT_TYPES,
  project(event: RecordedEvent<CaseEvent>): readonly ReadModelChange[] {
    const tenantId = event.metadata.tenantId;
    const change = (set: Partial<CaseloadEntry>): ReadModelChange[] => [
      update(
        CaseloadEntry,
        { tenantId, caseId: event.data.caseId },
        { ...set, lastEventAt: event.recordedAt, streamVersion: event.streamVersion },
      ),
    ];
    switch (event.type) {
      case 'CaseOpened':
        return [
          upsert(
            CaseloadEntry,
            {
              tenantId,
              caseId: event.data.caseId,
              clientId: event.data.clientId,
              programId: event.data.programId,
              priority: event.data.priority,
              status: 'opened',
              teamId: event.data.teamId,
              caseManagerId: null,
              openedBy: event.data.openedBy,
              openedAt: event.occurredAt,
              lastEventAt: event.recordedAt,
              safetyFlagOpen: false,
              needs: [],
              streamVersion: event.streamVersion,
            },
            ['tenantId', 'caseId'],
          ),
        ];
      case 'CaseStatusChanged':
        return change({ status: event.data.to });
      case 'CaseClosed':
        return change({ status: 'closed' });
      case 'CaseReopened':
        return change({ status: event.data.to });
      case 'CaseAssigned':
        return change({ caseManagerId: event.data.caseManagerId });
      case 'CaseTransferred':
        return change({ teamId: event.data.toTeamId, caseManagerId: null });
      case 'SafetyFlagRaised':
        return change({ safetyFlagOpen: true });
      case 'NeedIdentified':
        return change({ needs: [...event.data.openNeeds] });
      case 'ScreeningScored':
      case 'EligibilityDetermined':
        return change({});
      default:
        return ignoreUnknownEvent(event);
    }
  },
};
