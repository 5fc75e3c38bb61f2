import type { components } from '../api/schema';

/** What was typed in the registration form, as compared with a possible duplicate. */
export interface TypedClient {
  readonly givenName: string;
  readonly middleName: string;
  readonly familyName: string;
  readonly dateOfBirth: string;
}

/** A possible duplicate as the API shows it: initials, birth year and the fields that matched. */
export type Candidate = components['schemas']['DuplicateCandidateDto'];

/** One line of the side-by-side comparison: the field, what was typed, what the registered client shows. */
export interface ComparisonRow {
  readonly field: string;
  readonly typed: string;
  readonly registered: string;
  readonly matches: boolean;
}

const initialOf = (name: string): string => {
  const first = name.trim().charAt(0);
  return first ? `${first.toUpperCase()}.` : '—';
};

/**
 * The field-by-field comparison of what was typed with a candidate. The API shows a candidate by initials and birth
 * year only, so the names are compared by initial and the date of birth by year; whether a field matches is the
 * API's finding (`matchedOn`, swapped names counting for both names), not a guess from the initials.
 */
export function compareWithCandidate(typed: TypedClient, candidate: Candidate): ComparisonRow[] {
  const matched = new Set(candidate.matchedOn);
  const swapped = matched.has('swappedNames');
  const initials = candidate.initials.split(/\s+/).filter((part) => part.length > 0);
  const registeredGiven = initials[0] ?? '—';
  const registeredFamily = initials.length > 1 ? (initials[initials.length - 1] ?? '—') : '—';
  const rows: ComparisonRow[] = [
    {
      field: 'Given name',
      typed: typed.givenName,
      registered: `${registeredGiven} (initial)`,
      matches: matched.has('givenName') || swapped,
    },
    {
      field: 'Family name',
      typed: typed.familyName,
      registered: `${registeredFamily} (initial)`,
      matches: matched.has('familyName') || swapped,
    },
    {
      field: 'Date of birth',
      typed: typed.dateOfBirth || '—',
      registered: candidate.birthYear === null ? 'not known' : `born ${candidate.birthYear}`,
      matches: matched.has('dateOfBirth'),
    },
  ];
  const identifiers = [...matched].filter((field) => field.startsWith('identifier:'));
  for (const identifier of identifiers) {
    rows.push({
      field: `Identifier (${identifier.slice('identifier:'.length)})`,
      typed: 'given',
      registered: 'the same',
      matches: true,
    });
  }
  return rows;
}

/** The typed name's initials, as the API shows a candidate's: for the heading of the typed column. */
export const initialsOf = (typed: TypedClient): string =>
  [typed.givenName, typed.middleName, typed.familyName]
    .filter((name) => name.trim().length > 0)
    .map(initialOf)
    .join(' ');
