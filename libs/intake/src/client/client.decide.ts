import { decideMergeClient, decideMergeClientInto } from './commands/merge-clients/merge-clients.decide';
import { assertClientLive, assertClientRegistered } from './client-standing';
import type { ClientCommand, CorrectClientDetails, RegisterClient } from './client.commands';
import { ClientErrors } from './client.errors';
import { ERASURE_BASES, type ClientEvent } from './client.events';
import { applyDemographicsCorrection, applyPersonalCorrection, type ClientState } from './client.state';
import {
  IDENTIFIER_SYSTEMS,
  SEX_VALUES,
  type ClientDemographics,
  type ClientDemographicsCorrection,
  type ClientIdentifier,
  type ClientPersonal,
  type ClientPersonalCorrection,
} from './client.types';
import { normaliseIdentifierValue } from './duplicates/client-matching';

export function decideClient(command: ClientCommand, state: ClientState): ClientEvent[] {
  const { clientId } = command.data;
  switch (command.type) {
    case 'RegisterClient':
      return register(command, state);
    case 'CorrectClientDetails':
      assertChangeable(clientId, state);
      if (isBlank(command.data.reason)) throw ClientErrors.reasonRequired('a correction');
      return correct(command, state);
    case 'MergeClient':
      return decideMergeClient(command, state);
    case 'MergeClientInto':
      return decideMergeClientInto(command, state);
    case 'EraseClientPersonalData': {
      if (!state.registered) throw ClientErrors.notFound(clientId);
      const basis = ERASURE_BASES.find((known) => known === command.data.basis);
      if (basis === undefined) throw ClientErrors.invalid('basis', `must be one of ${ERASURE_BASES.join(', ')}`);
      if (state.erased) return [];
      return [{ type: 'ClientPersonalDataErased', data: { clientId, basis } }];
    }
    default: {
      const unknownCommand: never = command;
      throw new Error(`unknown client command ${JSON.stringify(unknownCommand)}`);
    }
  }
}

function register(command: RegisterClient, state: ClientState): ClientEvent[] {
  const { clientId, personal, preferredLanguage, demographics, duplicateCandidates, overrideReason } = command.data;
  if (state.registered) throw ClientErrors.alreadyRegistered(clientId);
  assertValidPersonal(personal, command.metadata.now);
  assertValidLanguage(preferredLanguage);
  assertValidDemographics(demographics);
  const candidates = duplicateCandidates.filter((candidate) => candidate.clientId !== clientId);
  if (overrideReason !== undefined && isBlank(overrideReason)) {
    throw ClientErrors.invalid('duplicateOverride.reason', 'registering despite possible duplicates needs a reason');
  }
  if (candidates.length > 0 && overrideReason === undefined) throw ClientErrors.possibleDuplicate(candidates);
  const overridden = candidates.length > 0 && overrideReason !== undefined;
  return [
    {
      type: 'ClientRegistered',
      data: {
        clientId,
        personal: {
          ...personal,
          preferredLanguage,
          demographics,
          ...(overridden ? { duplicateOverrideReason: overrideReason.trim() } : {}),
        },
        ...(overridden
          ? { duplicateOverride: { candidateIds: candidates.map((candidate) => candidate.clientId) } }
          : {}),
      },
    },
  ];
}

function correct(command: CorrectClientDetails, state: ClientState): ClientEvent[] {
  const { clientId, changes } = command.data;
  const current = state.personal;
  // Only an erased client's personal data is unreadable, and erased clients are refused above.
  if (current === null) throw ClientErrors.erased(clientId);

  const personal = changedEntries(current, changes.personal ?? {}) as ClientPersonalCorrection;
  const demographics = changedEntries(state.demographics, changes.demographics ?? {}) as ClientDemographicsCorrection;
  const preferredLanguage =
    changes.preferredLanguage !== undefined && changes.preferredLanguage !== state.preferredLanguage
      ? changes.preferredLanguage
      : undefined;
  if (isEmpty(personal) && isEmpty(demographics) && preferredLanguage === undefined) return [];

  assertValidPersonal(applyPersonalCorrection(current, personal), command.metadata.now);
  if (preferredLanguage !== undefined) assertValidLanguage(preferredLanguage);
  assertValidDemographics(applyDemographicsCorrection(state.demographics, demographics));
  return [
    {
      type: 'ClientDetailsCorrected',
      data: {
        clientId,
        personal: {
          ...personal,
          ...(preferredLanguage !== undefined ? { preferredLanguage } : {}),
          ...(isEmpty(demographics) ? {} : { demographics }),
          reason: command.data.reason.trim(),
        },
      },
    },
  ];
}

function assertChangeable(clientId: string, state: ClientState): void {
  assertClientRegistered(clientId, state);
  assertClientLive(clientId, state);
}

/** The entries of `desired` that differ from `current` (a `null` for a field `current` lacks is no change). */
function changedEntries(current: object, desired: object): Record<string, unknown> {
  const before = current as Readonly<Record<string, unknown>>;
  return Object.fromEntries(
    Object.entries(desired).filter(([field, value]) => {
      if (value === undefined) return false;
      if (value === null) return before[field] !== undefined;
      return JSON.stringify(before[field]) !== JSON.stringify(value);
    }),
  );
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// BCP-47 language tag shape: a 2-3 letter language (or 4-8 letter registered one), then subtags.
const LANGUAGE_TAG = /^(?:[A-Za-z]{2,3}|[A-Za-z]{4,8})(?:-[A-Za-z0-9]{1,8})*$/;
const OLDEST_BIRTH_YEAR = 1880;

function assertValidPersonal(personal: ClientPersonal, now: Date): void {
  for (const field of ['givenName', 'familyName', 'dateOfBirth'] as const) {
    const value: unknown = personal[field];
    if (typeof value !== 'string' || isBlank(value)) throw ClientErrors.invalid(field, 'is required');
  }
  const match = DATE.exec(personal.dateOfBirth);
  const date = match ? new Date(`${personal.dateOfBirth}T00:00:00Z`) : undefined;
  if (!match || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== personal.dateOfBirth) {
    throw ClientErrors.invalid('dateOfBirth', 'must be a calendar date YYYY-MM-DD');
  }
  if (personal.dateOfBirth > now.toISOString().slice(0, 10)) {
    throw ClientErrors.invalid('dateOfBirth', 'lies in the future');
  }
  if (Number(match[1]) < OLDEST_BIRTH_YEAR) throw ClientErrors.invalid('dateOfBirth', 'is implausibly early');
  if (!Array.isArray(personal.identifiers)) throw ClientErrors.invalid('identifiers', 'must be a list');
  if (typeof personal.contact !== 'object' || personal.contact === null) {
    throw ClientErrors.invalid('contact', 'must be an object ({} for none)');
  }
  const seen = new Set<string>();
  personal.identifiers.forEach((identifier: ClientIdentifier, index) => {
    if (!(IDENTIFIER_SYSTEMS as readonly string[]).includes(identifier.system)) {
      throw ClientErrors.invalid(`identifiers.${index}.system`, `must be one of ${IDENTIFIER_SYSTEMS.join(', ')}`);
    }
    const value = normaliseIdentifierValue(identifier.value);
    if (value === '') throw ClientErrors.invalid(`identifiers.${index}.value`, 'has no letters or digits');
    if (identifier.system === 'ssn' && !/^\d{9}$/.test(value)) {
      throw ClientErrors.invalid(`identifiers.${index}.value`, 'an SSN has nine digits');
    }
    const key = `${identifier.system}:${value}`;
    if (seen.has(key)) throw ClientErrors.invalid(`identifiers.${index}`, 'is listed twice');
    seen.add(key);
  });
}

function assertValidLanguage(tag: unknown): void {
  if (typeof tag !== 'string' || !LANGUAGE_TAG.test(tag))
    throw ClientErrors.invalid('preferredLanguage', 'must be a BCP-47 language tag');
}

function assertValidDemographics(demographics: ClientDemographics): void {
  if (demographics.sex !== undefined && !(SEX_VALUES as readonly string[]).includes(demographics.sex)) {
    throw ClientErrors.invalid('demographics.sex', `must be one of ${SEX_VALUES.join(', ')}`);
  }
}

function isBlank(value: string): boolean {
  return value.trim() === '';
}

function isEmpty(value: object): boolean {
  return Object.keys(value).length === 0;
}
