import type { RecordedEvent } from '@casemgmt/event-store';
import { update, upsert, type Projection, type ReadModelChange } from '@casemgmt/read-model';
import type { CaseEvent } from '../../case.decider';
import { CaseloadEntry } from './caseload-entry.entity';

/** Who works which case (`intake.caseload_entry`): the caseload limit and the caseload views count over it. */
export const caseloadProjection: Projection = {
  name: 'intake.caseload',
  version: 1,
  categories: ['intake.case'],
  project(recorded: RecordedEvent): readonly ReadModelChange[] {
    const event = recorded as unknown as RecordedEvent<CaseEvent>;
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
        return ignore(event);
    }
  },
};

// Types it does not know (a newer version's) are not its business.
function ignore(_event: never): [] {
  return [];
}
