import { recordedEvent } from '@casemgmt/testing';
import type { CaseEvent } from '../../case.decider';
import { CaseSummary } from './case-summary.entity';
import { caseSummaryProjection } from './case-summary.projection';

const caseId = 'c-1';
const occurredAt = new Date('2026-03-01T08:00:00Z');
const recordedAt = new Date('2026-03-01T08:00:01Z');

const recorded = (event: CaseEvent, streamVersion: number, streamId = `intake.case-${caseId}`) =>
  recordedEvent(event, {
    streamId,
    streamVersion,
    occurredAt,
    recordedAt,
    metadata: { tenantId: 'county-a', actor: { id: 'iw-1', role: 'intake_worker' }, correlationId: 'c' },
  });
const project = (event: CaseEvent, version: number) => caseSummaryProjection.project(recorded(event, version));

describe('case summary projection', () => {
  it('keeps the latest screening in the column of its instrument, without the answers', () => {
    const [change] = project(
      {
        type: 'ScreeningScored',
        data: {
          caseId,
          screeningId: 's-1',
          instrument: 'GAD-7',
          instrumentVersion: 'GAD-7 v1',
          answers: { '1': 3 },
          subject: {},
          result: {
            instrument: 'GAD-7',
            instrumentVersion: 'GAD-7 v1',
            totalScore: 12,
            positive: true,
            safetyFlag: false,
            needs: ['mental_health'],
          },
        },
      },
      3,
    );
    expect(change).toEqual({
      kind: 'update',
      entity: CaseSummary,
      where: { tenantId: 'county-a', caseId },
      set: {
        screeningGad7: {
          screeningId: 's-1',
          instrumentVersion: 'GAD-7 v1',
          result: expect.objectContaining({ totalScore: 12 }),
          scoredAt: occurredAt.toISOString(),
        },
        version: 3,
        updatedAt: recordedAt,
      },
    });
  });

  it('records the closure with its outcome, never its reason, and clears it on reopening', () => {
    const [closed] = project(
      { type: 'CaseClosed', data: { caseId, from: 'planning', outcome: 'not_met', personal: { reason: 'Moved' } } },
      5,
    );
    const [reopened] = project({ type: 'CaseReopened', data: { caseId, to: 'assessment', personal: null } }, 6);
    expect(closed).toMatchObject({ set: { status: 'closed', closedAt: occurredAt, closedOutcome: 'not_met' } });
    expect(JSON.stringify(closed)).not.toContain('Moved');
    expect(reopened).toMatchObject({ set: { status: 'assessment', closedAt: null, closedOutcome: null } });
  });

  it('keeps which eligibility rules passed, never what they found', () => {
    const [determined] = project(
      {
        type: 'EligibilityDetermined',
        data: {
          caseId,
          programId: 'p-1',
          eligible: false,
          reasons: [{ rule: 'county', passed: false, detail: 'County Marin is not served' }],
          rules: { programId: 'p-1', name: 'P', povertyGuidelineYear: 2025, region: 'contiguous' },
          asOf: '2026-03-02T09:30:00.000Z',
          personal: { applicant: { dateOfBirth: '1990-01-01', county: 'Marin' } },
        },
      },
      7,
    );
    expect(determined).toMatchObject({
      set: { eligibility: { programId: 'p-1', eligible: false, reasons: [{ rule: 'county', passed: false }] } },
    });
    expect(JSON.stringify(determined)).not.toContain('Marin');
  });

  it('follows case streams only', () => {
    expect(caseSummaryProjection.categories).toEqual(['intake.case']);
  });
});
