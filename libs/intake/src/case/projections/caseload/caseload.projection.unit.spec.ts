import { recordedEvent } from '@casemgmt/testing';
import type { CaseEvent } from '../../case.decider';
import { CaseloadEntry } from './caseload-entry.entity';
import { caseloadProjection } from './caseload.projection';

const caseId = 'c-1';
const occurredAt = new Date('2026-03-01T08:00:00Z');
const recordedAt = new Date('2026-03-01T08:00:01Z');

const recorded = (event: CaseEvent, streamVersion: number) =>
  recordedEvent(event, {
    streamId: `intake.case-${caseId}`,
    streamVersion,
    occurredAt,
    recordedAt,
    metadata: { tenantId: 'county-a', actor: { id: 'iw-1', role: 'intake_worker' }, correlationId: 'c', caseId },
  });

describe('caseload projection', () => {
  it('enters an opened case unassigned, with no flags or needs', () => {
    const changes = caseloadProjection.project(
      recorded(
        {
          type: 'CaseOpened',
          data: {
            caseId,
            clientId: 'cl-1',
            programId: 'adult-behavioral-health',
            priority: 'emergency',
            referralSource: { kind: 'court' },
            teamId: 'team-north',
            openedBy: 'iw-1',
          },
        },
        1,
      ),
    );
    expect(changes).toEqual([
      {
        kind: 'upsert',
        entity: CaseloadEntry,
        key: ['tenantId', 'caseId'],
        values: {
          tenantId: 'county-a',
          caseId,
          clientId: 'cl-1',
          programId: 'adult-behavioral-health',
          priority: 'emergency',
          status: 'opened',
          teamId: 'team-north',
          caseManagerId: null,
          openedBy: 'iw-1',
          openedAt: occurredAt,
          lastEventAt: recordedAt,
          safetyFlagOpen: false,
          needs: [],
          streamVersion: 1,
        },
      },
    ]);
  });

  it('moves a transferred case to the receiving team and out of its case manager’s caseload', () => {
    const [change] = caseloadProjection.project(
      recorded(
        {
          type: 'CaseTransferred',
          data: { caseId, fromTeamId: 'a', toTeamId: 'b', unassignedCaseManagerId: 'cm-1', personal: null },
        },
        4,
      ),
    );
    expect(change).toEqual({
      kind: 'update',
      entity: CaseloadEntry,
      where: { tenantId: 'county-a', caseId },
      set: { teamId: 'b', caseManagerId: null, lastEventAt: recordedAt, streamVersion: 4 },
    });
  });

  it('keeps every open need and the safety flag of the case', () => {
    const [need] = caseloadProjection.project(
      recorded(
        {
          type: 'NeedIdentified',
          data: { caseId, need: 'food', source: { kind: 'worker' }, openNeeds: ['housing', 'food'] },
        },
        5,
      ),
    );
    const [flag] = caseloadProjection.project(
      recorded(
        {
          type: 'SafetyFlagRaised',
          data: {
            caseId,
            screeningId: 's-1',
            instrument: 'PHQ-9',
            items: ['9'],
            followUpDueBy: '2026-03-02T08:00:00Z',
          },
        },
        6,
      ),
    );
    expect(need).toMatchObject({ set: { needs: ['housing', 'food'] } });
    expect(flag).toMatchObject({ set: { safetyFlagOpen: true } });
  });

  it('counts a closed case out of the caseload and a reopened one back in, in assessment', () => {
    const [closed] = caseloadProjection.project(
      recorded({ type: 'CaseClosed', data: { caseId, from: 'services', outcome: 'goals_met', personal: null } }, 7),
    );
    const [reopened] = caseloadProjection.project(
      recorded({ type: 'CaseReopened', data: { caseId, to: 'assessment', personal: null } }, 8),
    );
    expect(closed).toMatchObject({ set: { status: 'closed' } });
    expect(reopened).toMatchObject({ set: { status: 'assessment' } });
  });
});
