import type { components } from '../api/schema';

type Plan = components['schemas']['PlanDto'];
type Goal = Plan['goals'][number];
type Intervention = Goal['interventions'][number];

/** A run of words the same in both versions, only in the new one, or only in the old one. */
export interface TextSegment {
  readonly op: 'same' | 'added' | 'removed';
  readonly text: string;
}

/** One field whose text differs between the two versions, with a word diff of it. */
export interface FieldChange {
  readonly field: string;
  readonly before: string;
  readonly after: string;
  readonly segments: readonly TextSegment[];
}

export type Change = 'added' | 'removed' | 'changed';

export interface InterventionChange {
  readonly interventionId: string;
  readonly change: Change;
  /** The intervention's description in the version that has it (the new one unless removed). */
  readonly title: string;
  readonly fields: readonly FieldChange[];
}

export interface GoalChange {
  readonly goalId: string;
  readonly change: Change;
  readonly title: string;
  readonly fields: readonly FieldChange[];
  readonly interventions: readonly InterventionChange[];
}

/** Words and the spaces between them, so a diff of them puts the text back together exactly. */
function tokens(text: string): string[] {
  return text.match(/\s+|[^\s]+/g) ?? [];
}

/**
 * A word diff of two texts (longest common subsequence of words), adjacent runs of one kind merged: enough for the
 * short texts of a plan.
 */
export function diffText(before: string, after: string): TextSegment[] {
  const a = tokens(before);
  const b = tokens(after);
  // lengths[i][j]: the longest common subsequence of a[i..] and b[j..]
  const lengths = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      const row = lengths[i] as number[];
      row[j] = a[i] === b[j] ? (lengths[i + 1]?.[j + 1] ?? 0) + 1 : Math.max(lengths[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const segments: TextSegment[] = [];
  const push = (op: TextSegment['op'], text: string) => {
    const last = segments[segments.length - 1];
    if (last && last.op === op) segments[segments.length - 1] = { op, text: last.text + text };
    else segments.push({ op, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      push('same', a[i] as string);
      i += 1;
      j += 1;
    } else if (j < b.length && (i >= a.length || (lengths[i]?.[j + 1] ?? 0) >= (lengths[i + 1]?.[j] ?? 0))) {
      push('added', b[j] as string);
      j += 1;
    } else {
      push('removed', a[i] as string);
      i += 1;
    }
  }
  return segments;
}

const text = (value: string | null) => value ?? '(erased)';

/** A goal's fields as a person reads them, in the order the screen shows them. */
function goalFields(goal: Goal): Record<string, string> {
  return {
    Description: text(goal.description),
    'Target date': goal.targetDate,
    Needs: goal.needs.join(', '),
    Measure: goal.measure ? `${goal.measure.instrument} ${goal.measure.comparator} ${goal.measure.value}` : 'none',
    Status: goal.lifecycleStatus,
  };
}

function interventionFields(intervention: Intervention): Record<string, string> {
  const { kind, organizationId } = intervention.responsible;
  return {
    Description: text(intervention.description),
    'Due date': intervention.dueDate,
    Responsible: organizationId ? `${kind} ${organizationId}` : kind,
    Status: intervention.status,
  };
}

/** The fields that differ; for an added or removed record every field, against nothing. */
function fieldChanges(
  before: Record<string, string> | undefined,
  after: Record<string, string> | undefined,
): FieldChange[] {
  const fields = Object.keys(after ?? before ?? {});
  return fields.flatMap((field) => {
    const old = before?.[field] ?? '';
    const now = after?.[field] ?? '';
    return old === now ? [] : [{ field, before: old, after: now, segments: diffText(old, now) }];
  });
}

/** Records of both versions matched by id: those only in the new one, changed ones, then those only in the old one. */
function matched<T>(before: readonly T[], after: readonly T[], idOf: (each: T) => string) {
  const old = new Map(before.map((each) => [idOf(each), each]));
  const now = new Set(after.map(idOf));
  return [
    ...after.map((each) => ({ id: idOf(each), before: old.get(idOf(each)), after: each as T | undefined })),
    ...before
      .filter((each) => !now.has(idOf(each)))
      .map((each) => ({ id: idOf(each), before: each, after: undefined })),
  ];
}

const changeOf = (before: unknown, after: unknown): Change => (!before ? 'added' : !after ? 'removed' : 'changed');

/**
 * What changed in a plan from one version (the last approved; none when it was never approved) to another (the one
 * submitted): goals and interventions added, removed, or changed field by field. Unchanged ones are left out.
 */
export function diffPlan(approved: Plan | null, submitted: Plan): GoalChange[] {
  return matched(approved?.goals ?? [], submitted.goals, (goal) => goal.goalId).flatMap(({ id, before, after }) => {
    const fields = fieldChanges(before && goalFields(before), after && goalFields(after));
    const interventions = matched(
      before?.interventions ?? [],
      after?.interventions ?? [],
      (each) => each.interventionId,
    ).flatMap((pair): InterventionChange[] => {
      const changes = fieldChanges(
        pair.before && interventionFields(pair.before),
        pair.after && interventionFields(pair.after),
      );
      if (changes.length === 0) return [];
      const shown = (pair.after ?? pair.before) as Intervention;
      return [
        {
          interventionId: pair.id,
          change: changeOf(pair.before, pair.after),
          title: text(shown.description),
          fields: changes,
        },
      ];
    });
    if (fields.length === 0 && interventions.length === 0) return [];
    const shown = (after ?? before) as Goal;
    return [{ goalId: id, change: changeOf(before, after), title: text(shown.description), fields, interventions }];
  });
}
