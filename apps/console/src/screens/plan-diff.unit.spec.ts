import type { components } from '../api/schema';
import { diffPlan, diffText } from './plan-diff';

type Plan = components['schemas']['PlanDto'];
type Goal = Plan['goals'][number];
type Intervention = Goal['interventions'][number];

const intervention = (id: string, description: string, extra: Partial<Intervention> = {}): Intervention => ({
  interventionId: id,
  description,
  responsible: { kind: 'case_manager' },
  dueDate: '2027-01-15',
  status: 'scheduled',
  referralId: null,
  ...extra,
});

const goal = (id: string, description: string, extra: Partial<Goal> = {}): Goal => ({
  goalId: id,
  needs: ['housing'],
  description,
  targetDate: '2027-06-30',
  measure: null,
  lifecycleStatus: 'proposed',
  achievementStatus: null,
  interventions: [],
  notes: [],
  measureProgress: null,
  ...extra,
});

const plan = (version: number, goals: Goal[]): Plan => ({
  planId: 'p-1',
  status: 'active',
  version,
  createdBy: 'cm-1',
  authors: [],
  goals,
  submitted: null,
  returned: null,
  approved: null,
  approvals: [],
  approvalStatus: 'approved',
  reviews: [],
  nextReviewDueBy: null,
  supersededBy: null,
  statusReason: null,
});

describe('diffText', () => {
  it('marks the words removed and added, keeping the rest, and puts each text back together', () => {
    const segments = diffText('A place of my own', 'A flat of my own near school');
    expect(segments).toEqual([
      { op: 'same', text: 'A ' },
      { op: 'added', text: 'flat' },
      { op: 'removed', text: 'place' },
      { op: 'same', text: ' of my own' },
      { op: 'added', text: ' near school' },
    ]);
    const join = (ops: string[]) =>
      segments
        .filter((s) => ops.includes(s.op))
        .map((s) => s.text)
        .join('');
    expect(join(['same', 'removed'])).toBe('A place of my own');
    expect(join(['same', 'added'])).toBe('A flat of my own near school');
  });

  it('gives one segment for equal texts, and all added from nothing', () => {
    expect(diffText('same words', 'same words')).toEqual([{ op: 'same', text: 'same words' }]);
    expect(diffText('', 'new text')).toEqual([{ op: 'added', text: 'new text' }]);
  });
});

describe('diffPlan', () => {
  it('finds goals added and removed, and a goal’s changed field with its word diff', () => {
    const approved = plan(2, [goal('g-1', 'A place of my own'), goal('g-2', 'Learn to drive')]);
    const submitted = plan(4, [
      goal('g-1', 'A flat of my own', { targetDate: '2027-03-31' }),
      goal('g-3', 'Steady income'),
    ]);
    const changes = diffPlan(approved, submitted);
    expect(changes.map((c) => [c.goalId, c.change, c.title])).toEqual([
      ['g-1', 'changed', 'A flat of my own'],
      ['g-3', 'added', 'Steady income'],
      ['g-2', 'removed', 'Learn to drive'],
    ]);
    expect(changes[0]?.fields.map((f) => [f.field, f.before, f.after])).toEqual([
      ['Description', 'A place of my own', 'A flat of my own'],
      ['Target date', '2027-06-30', '2027-03-31'],
    ]);
    expect(changes[0]?.fields[0]?.segments).toContainEqual({ op: 'removed', text: 'place' });
    expect(changes[1]?.fields.find((f) => f.field === 'Description')).toMatchObject({
      before: '',
      after: 'Steady income',
    });
  });

  it('finds interventions added, removed and changed under an otherwise unchanged goal', () => {
    const approved = plan(2, [
      goal('g-1', 'Housing', {
        interventions: [intervention('i-1', 'Call the landlord'), intervention('i-2', 'Visit the shelter')],
      }),
    ]);
    const submitted = plan(3, [
      goal('g-1', 'Housing', {
        interventions: [
          intervention('i-1', 'Call the landlord', { status: 'in-progress', dueDate: '2027-02-01' }),
          intervention('i-3', 'Apply for the voucher', {
            responsible: { kind: 'provider_organization', organizationId: 'org-7' },
          }),
        ],
      }),
    ]);
    const [only, ...rest] = diffPlan(approved, submitted);
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ goalId: 'g-1', change: 'changed', fields: [] });
    expect(only?.interventions.map((i) => [i.interventionId, i.change, i.fields.map((f) => f.field)])).toEqual([
      ['i-1', 'changed', ['Due date', 'Status']],
      ['i-3', 'added', ['Description', 'Due date', 'Responsible', 'Status']],
      ['i-2', 'removed', ['Description', 'Due date', 'Responsible', 'Status']],
    ]);
    expect(only?.interventions[1]?.fields.find((f) => f.field === 'Responsible')?.after).toBe(
      'provider_organization org-7',
    );
  });

  it('treats every goal as added when the plan was never approved, and leaves out what did not change', () => {
    const submitted = plan(2, [goal('g-1', 'Housing')]);
    expect(diffPlan(null, submitted).map((c) => c.change)).toEqual(['added']);
    expect(diffPlan(submitted, submitted)).toEqual([]);
  });
});
