import {
  CANDIDATE_THRESHOLD,
  STRONG_CANDIDATE_THRESHOLD,
  jaroWinkler,
  matchClients,
  normaliseIdentifierValue,
  normaliseName,
  rankDuplicateCandidates,
  type MatchSubject,
} from './client-matching';

const maria: MatchSubject = {
  givenName: 'María',
  familyName: 'García',
  dateOfBirth: '1984-07-12',
  identifiers: [{ system: 'ssn', value: '123-45-6789' }],
};

describe('client matching', () => {
  describe('normalisation', () => {
    it('lowercases and strips diacritics, punctuation and extra spaces', () => {
      expect(normaliseName('  José-María   O’Neil ')).toBe('jose maria oneil');
      expect(normaliseName('ÅSA  Strauß')).toBe('asa strauss');
      expect(normaliseName('Łukasz Øster.')).toBe('lukasz oster');
    });

    it('compares identifiers by their letters and digits only', () => {
      expect(normaliseIdentifierValue('123-45-6789')).toBe('123456789');
      expect(normaliseIdentifierValue(' 1eg4-te5-mk73 ')).toBe('1EG4TE5MK73');
    });
  });

  describe('Jaro-Winkler', () => {
    it('gives the textbook values', () => {
      expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
      expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 2);
      expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.813, 3);
    });

    it('is 1 for equal strings and 0 for nothing in common', () => {
      expect(jaroWinkler('garcia', 'garcia')).toBe(1);
      expect(jaroWinkler('abc', 'xyz')).toBe(0);
      expect(jaroWinkler('', 'abc')).toBe(0);
    });
  });

  describe('scoring', () => {
    it('scores the same person written without accents as a strong match on names and date of birth', () => {
      const result = matchClients(maria, {
        givenName: 'MARIA',
        familyName: 'garcia',
        dateOfBirth: '1984-07-12',
        identifiers: [],
      });
      expect(result.score).toBeGreaterThanOrEqual(STRONG_CANDIDATE_THRESHOLD);
      expect(result.matchedOn).toEqual(['givenName', 'familyName', 'dateOfBirth']);
    });

    it('makes a shared identifier alone a strong candidate, with any formatting of its value', () => {
      const result = matchClients(maria, {
        givenName: 'Robert',
        familyName: 'Smith',
        dateOfBirth: '1990-01-01',
        identifiers: [{ system: 'ssn', value: '123 45 6789' }],
      });
      expect(result.score).toBeGreaterThanOrEqual(STRONG_CANDIDATE_THRESHOLD);
      expect(result.matchedOn).toEqual(['identifier:ssn']);
    });

    it('does not count an equal value under another identifier system', () => {
      const result = matchClients(maria, {
        givenName: 'Robert',
        familyName: 'Smith',
        dateOfBirth: '1990-01-01',
        identifiers: [{ system: 'medicaid', value: '123456789' }],
      });
      expect(result.score).toBeLessThan(CANDIDATE_THRESHOLD);
    });

    it('finds given and family names entered the wrong way round', () => {
      const result = matchClients(maria, {
        givenName: 'Garcia',
        familyName: 'Maria',
        dateOfBirth: '1984-07-12',
        identifiers: [],
      });
      expect(result.score).toBeGreaterThanOrEqual(CANDIDATE_THRESHOLD);
      expect(result.matchedOn).toEqual(['givenName', 'familyName', 'swappedNames', 'dateOfBirth']);
    });

    it('tolerates a misspelt name when the date of birth agrees', () => {
      const result = matchClients(maria, {
        givenName: 'Marie',
        familyName: 'Garsia',
        dateOfBirth: '1984-07-12',
        identifiers: [],
      });
      expect(result.score).toBeGreaterThanOrEqual(CANDIDATE_THRESHOLD);
    });

    it('matches a nickname to the formal given name', () => {
      const robert: MatchSubject = {
        givenName: 'Robert',
        familyName: 'Jones',
        dateOfBirth: '1970-05-05',
        identifiers: [],
      };
      const result = matchClients(robert, { ...robert, givenName: 'Bob' });
      expect(result.matchedOn).toContain('givenName');
      expect(result.score).toBeGreaterThanOrEqual(STRONG_CANDIDATE_THRESHOLD);
    });

    it('matches a double surname with one of its parts', () => {
      const result = matchClients(maria, { ...maria, familyName: 'García López', identifiers: [] });
      expect(result.matchedOn).toContain('familyName');
      expect(result.score).toBeGreaterThanOrEqual(CANDIDATE_THRESHOLD);
    });

    it('does not make the same date of birth alone a candidate', () => {
      const result = matchClients(maria, {
        givenName: 'Tyrone',
        familyName: 'Whitfield',
        dateOfBirth: '1984-07-12',
        identifiers: [],
      });
      expect(result.score).toBeLessThan(CANDIDATE_THRESHOLD);
      expect(result.matchedOn).toEqual(['dateOfBirth']);
    });

    it('does not make the same name with another date of birth a candidate', () => {
      const result = matchClients(maria, { ...maria, dateOfBirth: '1991-02-03', identifiers: [] });
      expect(result.score).toBeLessThan(CANDIDATE_THRESHOLD);
      expect(result.matchedOn).toEqual(['givenName', 'familyName']);
    });
  });

  it('ranks the candidates best first and leaves out those below the threshold', () => {
    const ranked = rankDuplicateCandidates(maria, [
      { clientId: 'c-weak', givenName: 'Marie', familyName: 'Garsia', dateOfBirth: '1984-07-12', identifiers: [] },
      { clientId: 'c-none', givenName: 'Tyrone', familyName: 'Whitfield', dateOfBirth: '1960-01-01', identifiers: [] },
      {
        clientId: 'c-strong',
        givenName: 'Maria',
        middleName: 'Luz',
        familyName: 'Garcia',
        dateOfBirth: '1984-07-12',
        identifiers: [{ system: 'ssn', value: '123456789' }],
      },
    ]);
    expect(ranked.map((candidate) => candidate.clientId)).toEqual(['c-strong', 'c-weak']);
    expect(ranked[0]).toEqual({
      clientId: 'c-strong',
      score: 1,
      matchedOn: ['givenName', 'familyName', 'dateOfBirth', 'identifier:ssn'],
      initials: 'M. L. G.',
      birthYear: 1984,
    });
  });
});
