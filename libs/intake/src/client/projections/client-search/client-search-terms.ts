import type { BlindIndex } from '@casemgmt/personal-data';
import { IDENTIFIER_SYSTEMS, type ClientIdentifier, type IdentifierSystem } from '../../client.types';
import { normaliseIdentifierValue, normaliseName } from '../../duplicates/client-matching';

// The kinds of value a term is made from. Given and family names share one kind, so a word is found in either
// (swapped names, a search that does not say which is which).
const NAME = 'name';
const DATE_OF_BIRTH = 'date_of_birth';
const IDENTIFIER = 'identifier';

/** The words of a name, normalised (case, accents and punctuation ignored), once each. */
export function nameWords(name: string): string[] {
  return [...new Set(normaliseName(name).split(' '))].filter((word) => word !== '');
}

export function nameTerms(index: BlindIndex, tenantId: string, name: string): string[] {
  return nameWords(name).map((word) => nameWordTerm(index, tenantId, word));
}

/** The term of one already normalised word. */
export function nameWordTerm(index: BlindIndex, tenantId: string, word: string): string {
  return index.term(tenantId, NAME, word);
}

/** `YYYY-MM-DD` */
export function dateOfBirthTerm(index: BlindIndex, tenantId: string, dateOfBirth: string): string {
  return index.term(tenantId, DATE_OF_BIRTH, dateOfBirth);
}

/** An identifier's term: its system and its letters and digits (`123-45-6789` and `123456789` are one SSN). */
export function identifierTerm(index: BlindIndex, tenantId: string, identifier: ClientIdentifier): string {
  return index.term(tenantId, IDENTIFIER, `${identifier.system}:${normaliseIdentifierValue(identifier.value)}`);
}

/** The terms an identifier value may have when its system is not given: one per system. */
export function identifierTermsOfAnySystem(
  index: BlindIndex,
  tenantId: string,
  value: string,
  systems: readonly IdentifierSystem[] = IDENTIFIER_SYSTEMS,
): string[] {
  return systems.map((system) => identifierTerm(index, tenantId, { system, value }));
}
