import type { ClientIdentifier, IdentifierSystem } from '../client.types';

/** Similarity (Jaro-Winkler) from which a given or family name counts as matching. */
export const NAME_MATCH_THRESHOLD = 0.88;
/** Share of the score the names carry; the date of birth carries the rest. */
export const NAME_WEIGHT = 0.6;
export const DATE_OF_BIRTH_WEIGHT = 0.4;
/** Score from which a registered client is shown to the worker as a possible duplicate. */
export const CANDIDATE_THRESHOLD = 0.8;
/** Score of a candidate that shares an identifier with the new client, whatever its name and date of birth. */
export const SHARED_IDENTIFIER_SCORE = 0.95;
/** Candidates at or above this score are very likely the same person. */
export const STRONG_CANDIDATE_THRESHOLD = 0.95;
/** Jaro-Winkler's prefix scale and longest rewarded prefix. */
const PREFIX_SCALE = 0.1;
const MAX_PREFIX = 4;

/** The fields a candidate matched on. */
export type MatchedField =
  'givenName' | 'familyName' | 'swappedNames' | 'dateOfBirth' | `identifier:${IdentifierSystem}`;

/** What matching reads of a client: names, date of birth and identifiers, as entered or as normalised. */
export interface MatchSubject {
  readonly givenName: string;
  readonly familyName: string;
  readonly dateOfBirth?: string | null;
  readonly identifiers: readonly ClientIdentifier[];
}

export interface MatchResult {
  /** 0..1, rounded to three decimals. */
  readonly score: number;
  readonly matchedOn: readonly MatchedField[];
}

/**
 * A registered client that may be the person being registered, as the worker is shown it. The check searches the
 * whole agency, so it shows only what a duplicate decision needs (ADR 0012): never a name or a full date of birth of
 * a client the worker may not read.
 */
export interface DuplicateCandidate {
  readonly clientId: string;
  readonly score: number;
  readonly matchedOn: readonly MatchedField[];
  /** The first letter of each name, e.g. `M. L. G.` */
  readonly initials: string;
  readonly birthYear: number | null;
}

// Letters NFD does not decompose into a base letter and a mark.
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/**
 * Lowercase, diacritics and punctuation removed, spaces collapsed: `  José-María O'Neil ` → `jose maria oneil`.
 * Apostrophes join (O'Neil, D'Angelo); hyphens and other punctuation separate.
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (letter) => LETTER_FOLDS[letter] ?? letter)
    .replace(/['’`ʼ]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Identifier values compared as their letters and digits only: `123-45-6789` and `123 45 6789` are one SSN. */
export function normaliseIdentifierValue(value: string): string {
  return value.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

export function normaliseIdentifier(identifier: ClientIdentifier): ClientIdentifier {
  return { system: identifier.system, value: normaliseIdentifierValue(identifier.value) };
}

// Common English nicknames, mapped to the formal name they stand for.
const NICKNAMES: Readonly<Record<string, string>> = {
  bob: 'robert',
  bobby: 'robert',
  rob: 'robert',
  robbie: 'robert',
  bill: 'william',
  billy: 'william',
  will: 'william',
  willie: 'william',
  liz: 'elizabeth',
  beth: 'elizabeth',
  betty: 'elizabeth',
  lizzie: 'elizabeth',
  jim: 'james',
  jimmy: 'james',
  jack: 'john',
  johnny: 'john',
  mike: 'michael',
  mick: 'michael',
  kate: 'katherine',
  katie: 'katherine',
  kathy: 'katherine',
  cathy: 'catherine',
  peggy: 'margaret',
  maggie: 'margaret',
  meg: 'margaret',
  dick: 'richard',
  rick: 'richard',
  rich: 'richard',
  tom: 'thomas',
  tommy: 'thomas',
  tony: 'anthony',
  joe: 'joseph',
  joey: 'joseph',
  pepe: 'jose',
  dave: 'david',
  dan: 'daniel',
  danny: 'daniel',
  chris: 'christopher',
  matt: 'matthew',
  nick: 'nicholas',
  steve: 'steven',
  sam: 'samuel',
  ben: 'benjamin',
  alex: 'alexander',
  andy: 'andrew',
  sue: 'susan',
  suzy: 'susan',
  patty: 'patricia',
  trish: 'patricia',
  jenny: 'jennifer',
  jen: 'jennifer',
  debbie: 'deborah',
  deb: 'deborah',
  becky: 'rebecca',
  vicky: 'victoria',
  abby: 'abigail',
  ed: 'edward',
  eddie: 'edward',
  ted: 'edward',
  larry: 'lawrence',
  charlie: 'charles',
  chuck: 'charles',
  hank: 'henry',
  harry: 'henry',
  nate: 'nathaniel',
  greg: 'gregory',
  jeff: 'jeffrey',
  ron: 'ronald',
  don: 'donald',
  doug: 'douglas',
  frank: 'francis',
  pat: 'patrick',
  ken: 'kenneth',
};

/** The formal name a nickname stands for; the name itself otherwise. Expects a normalised name. */
export function formalName(normalisedName: string): string {
  return NICKNAMES[normalisedName] ?? normalisedName;
}

/** Jaro-Winkler similarity of two strings, 0 (nothing in common) to 1 (equal). */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aMatched = new Array<boolean>(a.length).fill(false);
  const bMatched = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(b.length - 1, i + window);
    for (let j = from; j <= to; j++) {
      if (bMatched[j] || a[i] !== b[j]) continue;
      aMatched[i] = true;
      bMatched[j] = true;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < a.length; i++) {
    if (!aMatched[i]) continue;
    while (!bMatched[k]) k++;
    if (a[i] !== b[k]) transpositions++;
    k++;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < Math.min(MAX_PREFIX, a.length, b.length) && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * PREFIX_SCALE * (1 - jaro);
}

/** Similarity of two given names: nicknames count as their formal name (`Bob` ~ `Robert`). */
function givenNameSimilarity(a: string, b: string): number {
  return Math.max(jaroWinkler(a, b), jaroWinkler(formalName(a), formalName(b)));
}

/**
 * Similarity of two family names: a double surname also matches either of its parts (`garcia lopez` ~ `garcia`),
 * as registrations often carry only one of them.
 */
function familyNameSimilarity(a: string, b: string): number {
  const whole = jaroWinkler(a, b);
  const aParts = a.split(' ');
  const bParts = b.split(' ');
  if (aParts.length === 1 && bParts.length === 1) return whole;
  const partMatch = aParts.some((part) => bParts.includes(part)) ? NAME_MATCH_THRESHOLD : 0;
  return Math.max(whole, partMatch);
}

function identifierKey(identifier: ClientIdentifier): string {
  return `${identifier.system}:${normaliseIdentifierValue(identifier.value)}`;
}

/** The identifier systems on which the two share a value (system and normalised value both equal). */
export function sharedIdentifierSystems(
  a: readonly ClientIdentifier[],
  b: readonly ClientIdentifier[],
): IdentifierSystem[] {
  const keys = new Set(a.filter((id) => normaliseIdentifierValue(id.value) !== '').map(identifierKey));
  return [...new Set(b.filter((id) => keys.has(identifierKey(id))).map((id) => id.system))];
}

/**
 * How likely `candidate` is the same person as `probe`: names (given with given and family with family, or
 * swapped, whichever fits better) weigh {@link NAME_WEIGHT}, an equal date of birth {@link DATE_OF_BIRTH_WEIGHT};
 * a shared identifier makes the score at least {@link SHARED_IDENTIFIER_SCORE}.
 */
export function matchClients(probe: MatchSubject, candidate: MatchSubject): MatchResult {
  const probeGiven = normaliseName(probe.givenName);
  const probeFamily = normaliseName(probe.familyName);
  const candidateGiven = normaliseName(candidate.givenName);
  const candidateFamily = normaliseName(candidate.familyName);

  const direct = {
    given: givenNameSimilarity(probeGiven, candidateGiven),
    family: familyNameSimilarity(probeFamily, candidateFamily),
  };
  const swapped = {
    given: givenNameSimilarity(probeGiven, candidateFamily),
    family: familyNameSimilarity(probeFamily, candidateGiven),
  };
  const directScore = (direct.given + direct.family) / 2;
  const swappedScore = (swapped.given + swapped.family) / 2;
  const useSwapped = swappedScore > directScore;
  const names = useSwapped ? swapped : direct;
  const nameScore = Math.max(directScore, swappedScore);

  const matchedOn: MatchedField[] = [];
  if (names.given >= NAME_MATCH_THRESHOLD) matchedOn.push('givenName');
  if (names.family >= NAME_MATCH_THRESHOLD) matchedOn.push('familyName');
  if (useSwapped && matchedOn.length > 0) matchedOn.push('swappedNames');

  const sameDateOfBirth = !!probe.dateOfBirth && probe.dateOfBirth === candidate.dateOfBirth;
  if (sameDateOfBirth) matchedOn.push('dateOfBirth');

  const shared = sharedIdentifierSystems(probe.identifiers, candidate.identifiers);
  for (const system of shared) matchedOn.push(`identifier:${system}`);

  const weighted = NAME_WEIGHT * nameScore + (sameDateOfBirth ? DATE_OF_BIRTH_WEIGHT : 0);
  // An identifier is issued to one person: sharing one outweighs a misspelt name or a mistyped date.
  const score = shared.length > 0 ? SHARED_IDENTIFIER_SCORE + (1 - SHARED_IDENTIFIER_SCORE) * weighted : weighted;
  return { score: Math.round(score * 1000) / 1000, matchedOn };
}

export function isDuplicateCandidate(result: MatchResult): boolean {
  return result.score >= CANDIDATE_THRESHOLD;
}

/** A registered client as the candidate search reads it. */
export interface RegisteredClientForMatching extends MatchSubject {
  readonly clientId: string;
  readonly middleName?: string | null;
}

/** The registered clients that may be `probe`, best first. */
export function rankDuplicateCandidates(
  probe: MatchSubject,
  registered: readonly RegisteredClientForMatching[],
  limit = 10,
): DuplicateCandidate[] {
  return registered
    .map((client) => ({ client, result: matchClients(probe, client) }))
    .filter(({ result }) => isDuplicateCandidate(result))
    .sort((a, b) => b.result.score - a.result.score || a.client.clientId.localeCompare(b.client.clientId))
    .slice(0, limit)
    .map(({ client, result }) => ({
      clientId: client.clientId,
      score: result.score,
      matchedOn: result.matchedOn,
      initials: initialsOf([client.givenName, client.middleName ?? '', client.familyName]),
      birthYear: client.dateOfBirth ? Number(client.dateOfBirth.slice(0, 4)) : null,
    }));
}

function initialsOf(names: readonly string[]): string {
  return names
    .flatMap((name) => name.trim().split(/\s+/))
    .filter((word) => word !== '')
    .map((word) => `${[...word][0]?.toUpperCase() ?? ''}.`)
    .join(' ');
}
