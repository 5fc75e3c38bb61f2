import { compareWithCandidate, initialsOf, type TypedClient } from './client-comparison';

const typed: TypedClient = { givenName: 'Amara', middleName: '', familyName: 'Lind', dateOfBirth: '1988-02-09' };

describe('compareWithCandidate', () => {
  it('lines up each field with the candidate’s, marking the ones the API found matching', () => {
    expect(
      compareWithCandidate(typed, {
        clientId: 'c-1',
        score: 0.97,
        matchedOn: ['givenName', 'familyName', 'dateOfBirth'],
        initials: 'A. L.',
        birthYear: 1988,
      }),
    ).toEqual([
      { field: 'Given name', typed: 'Amara', registered: 'A. (initial)', matches: true },
      { field: 'Family name', typed: 'Lind', registered: 'L. (initial)', matches: true },
      { field: 'Date of birth', typed: '1988-02-09', registered: 'born 1988', matches: true },
    ]);
  });

  it('counts swapped names for both names, lists matching identifiers, and says when a birth year is not known', () => {
    const rows = compareWithCandidate(typed, {
      clientId: 'c-2',
      score: 0.8,
      matchedOn: ['swappedNames', 'identifier:medicaid'],
      initials: 'L. M. A.',
      birthYear: null,
    });
    expect(rows.map((row) => [row.field, row.registered, row.matches])).toEqual([
      ['Given name', 'L. (initial)', true],
      ['Family name', 'A. (initial)', true],
      ['Date of birth', 'not known', false],
      ['Identifier (medicaid)', 'the same', true],
    ]);
  });

  it('does not call a field matching that the API did not find matching', () => {
    const rows = compareWithCandidate(typed, {
      clientId: 'c-3',
      score: 0.9,
      matchedOn: ['familyName'],
      initials: 'A. L.',
      birthYear: 1990,
    });
    expect(rows.map((row) => row.matches)).toEqual([false, true, false]);
  });
});

describe('initialsOf', () => {
  it('gives the typed names’ initials, skipping an empty middle name', () => {
    expect(initialsOf(typed)).toBe('A. L.');
    expect(initialsOf({ ...typed, middleName: 'maria' })).toBe('A. M. L.');
  });
});
