import type { CommandMetadata } from '@casemgmt/decider';
import { given } from '@casemgmt/testing';
import {
  clientDecider,
  type ClientEvent,
  type ClientRegistered,
  type CorrectClientDetails,
  type RegisterClient,
} from './client.decider';
import type { ClientStanding } from './client-standing';
import type { ClientPersonal } from './client.types';
import type { DuplicateCandidate } from './duplicates/client-matching';

const metadata: CommandMetadata = {
  tenantId: 'county-a',
  actor: { id: 'worker-1', role: 'intake_worker' },
  correlationId: 'corr-1',
  now: new Date('2026-03-01T09:00:00.000Z'),
};
const clientId = '0190f3a0-0000-7000-8000-000000000001';
const otherId = '0190f3a0-0000-7000-8000-000000000002';
const personal: ClientPersonal = {
  givenName: 'María',
  familyName: 'García',
  dateOfBirth: '1984-07-12',
  identifiers: [{ system: 'ssn', value: '123-45-6789' }],
  contact: { phone: '+1 555 0100' },
};
const registered: ClientRegistered = {
  type: 'ClientRegistered',
  data: { clientId, personal: { ...personal, preferredLanguage: 'es', demographics: { sex: 'female' } } },
};
const candidate: DuplicateCandidate = {
  clientId: otherId,
  score: 0.96,
  matchedOn: ['givenName', 'familyName', 'dateOfBirth'],
  initials: 'M. G.',
  birthYear: 1984,
};

const registerCommand = (data: Partial<RegisterClient['data']> = {}): RegisterClient => ({
  type: 'RegisterClient',
  data: {
    clientId,
    personal,
    preferredLanguage: 'es',
    demographics: { sex: 'female' },
    duplicateCandidates: [],
    ...data,
  },
  metadata,
});
const correctCommand = (
  changes: CorrectClientDetails['data']['changes'],
  reason = 'typo at intake',
): CorrectClientDetails => ({ type: 'CorrectClientDetails', data: { clientId, changes, reason }, metadata });

describe('Client decider', () => {
  describe('registration', () => {
    it('registers a client when no possible duplicate was found', () => {
      expect(given(clientDecider, []).when(registerCommand())).toEqual([registered]);
    });

    it('answers the candidates instead of registering when possible duplicates exist', () => {
      expect(() => given(clientDecider, []).when(registerCommand({ duplicateCandidates: [candidate] }))).toThrow(
        expect.objectContaining({
          code: 'INTAKE.POSSIBLE_DUPLICATE',
          kind: 'conflict',
          details: { candidates: [candidate] },
        }),
      );
    });

    it('registers despite candidates when the worker gives a reason, sealing the reason beside the candidates', () => {
      const [event] = given(clientDecider, []).when(
        registerCommand({ duplicateCandidates: [candidate], overrideReason: ' different mother, verified by phone ' }),
      );
      expect(event).toEqual({
        ...registered,
        data: {
          clientId,
          personal: { ...registered.data.personal, duplicateOverrideReason: 'different mother, verified by phone' },
          duplicateOverride: { candidateIds: [otherId] },
        },
      });
    });

    it('refuses an override with a blank reason', () => {
      expect(() =>
        given(clientDecider, []).when(registerCommand({ duplicateCandidates: [candidate], overrideReason: '  ' })),
      ).toThrow(
        expect.objectContaining({
          code: 'INTAKE.INVALID_CLIENT',
          details: expect.objectContaining({ field: 'duplicateOverride.reason' }),
        }),
      );
    });

    it('refuses a second registration of the same client', () => {
      expect(() => given(clientDecider, [registered]).when(registerCommand())).toThrow(
        expect.objectContaining({ code: 'INTAKE.CLIENT_ALREADY_REGISTERED' }),
      );
    });

    it.each([
      ['1984-02-30', 'must be a calendar date YYYY-MM-DD'],
      ['12/07/1984', 'must be a calendar date YYYY-MM-DD'],
      ['2026-03-02', 'lies in the future'],
    ])('refuses the date of birth %s, naming the field', (dateOfBirth, reason) => {
      expect(() => given(clientDecider, []).when(registerCommand({ personal: { ...personal, dateOfBirth } }))).toThrow(
        expect.objectContaining({ code: 'INTAKE.INVALID_CLIENT', details: { field: 'dateOfBirth', reason } }),
      );
    });

    it('refuses an SSN without nine digits and an identifier listed twice', () => {
      expect(() =>
        given(clientDecider, []).when(
          registerCommand({ personal: { ...personal, identifiers: [{ system: 'ssn', value: '123-45' }] } }),
        ),
      ).toThrow(expect.objectContaining({ details: expect.objectContaining({ field: 'identifiers.0.value' }) }));
      expect(() =>
        given(clientDecider, []).when(
          registerCommand({
            personal: {
              ...personal,
              identifiers: [
                { system: 'medicaid', value: 'ab 123' },
                { system: 'medicaid', value: 'AB-123' },
              ],
            },
          }),
        ),
      ).toThrow(expect.objectContaining({ details: expect.objectContaining({ field: 'identifiers.1' }) }));
    });

    it('refuses a preferred language that is not a BCP-47 tag', () => {
      expect(() => given(clientDecider, []).when(registerCommand({ preferredLanguage: 'Spanish!' }))).toThrow(
        expect.objectContaining({ details: expect.objectContaining({ field: 'preferredLanguage' }) }),
      );
    });
  });

  describe('corrections', () => {
    it('records only the fields that changed', () => {
      expect(
        given(clientDecider, [registered]).when(
          correctCommand({
            personal: { familyName: 'García López', givenName: 'María' },
            preferredLanguage: 'es',
            demographics: { veteran: true, sex: 'female' },
          }),
        ),
      ).toEqual([
        {
          type: 'ClientDetailsCorrected',
          data: {
            clientId,
            personal: { familyName: 'García López', demographics: { veteran: true }, reason: 'typo at intake' },
          },
        },
      ]);
    });

    it('records nothing when nothing changes', () => {
      expect(given(clientDecider, [registered]).when(correctCommand({ personal: { givenName: 'María' } }))).toEqual([]);
    });

    it('clears a middle name or a demographic field given as null', () => {
      const withMiddle: ClientRegistered = {
        ...registered,
        data: { ...registered.data, personal: { ...registered.data.personal!, middleName: 'Luz' } },
      };
      const past = given(clientDecider, [withMiddle]);
      const events = past.when(correctCommand({ personal: { middleName: null }, demographics: { sex: null } }));
      expect(events).toEqual([
        {
          type: 'ClientDetailsCorrected',
          data: { clientId, personal: { middleName: null, demographics: { sex: null }, reason: 'typo at intake' } },
        },
      ]);
      const after = events.reduce(clientDecider.evolve, past.state);
      expect(after.personal).toEqual(personal);
      expect(after.demographics).toEqual({});
    });

    it('refuses a correction without a reason', () => {
      expect(() =>
        given(clientDecider, [registered]).when(correctCommand({ personal: { givenName: 'Mariana' } }, ' ')),
      ).toThrow(
        expect.objectContaining({
          code: 'INTAKE.REASON_REQUIRED',
          details: { field: 'reason', reason: 'is required' },
        }),
      );
    });

    it('refuses to clear a required field', () => {
      expect(() =>
        given(clientDecider, [registered]).when(
          correctCommand({ personal: { givenName: null } as unknown as { givenName: string } }),
        ),
      ).toThrow(expect.objectContaining({ details: { field: 'givenName', reason: 'is required' } }));
    });

    it('refuses to correct a client that is not registered', () => {
      expect(() => given(clientDecider, []).when(correctCommand({ preferredLanguage: 'en' }))).toThrow(
        expect.objectContaining({ code: 'INTAKE.CLIENT_NOT_FOUND', kind: 'not_found' }),
      );
    });

    it('refuses to correct a merged client, naming its survivor', () => {
      const mergedInto: ClientEvent = { type: 'ClientMergedInto', data: { clientId, survivorId: otherId } };
      expect(() =>
        given(clientDecider, [registered, mergedInto]).when(correctCommand({ preferredLanguage: 'en' })),
      ).toThrow(
        expect.objectContaining({
          code: 'INTAKE.CLIENT_MERGED',
          kind: 'conflict',
          details: { clientId, survivorId: otherId },
        }),
      );
    });

    it('refuses to correct a client whose personal data was erased', () => {
      const erased: ClientEvent = { type: 'ClientPersonalDataErased', data: { clientId, reason: 'request' } };
      expect(() =>
        given(clientDecider, [registered, erased]).when(correctCommand({ preferredLanguage: 'en' })),
      ).toThrow(expect.objectContaining({ code: 'INTAKE.CLIENT_ERASED' }));
    });
  });

  describe('merges', () => {
    const survivorRegistered: ClientRegistered = { ...registered, data: { ...registered.data, clientId: otherId } };
    /** The survivor as its stream tells it, read by the handler for the merged client's side. */
    const liveSurvivor: ClientStanding = { registered: true, mergedInto: null, erased: false };

    it('records the merge on both clients', () => {
      expect(
        given(clientDecider, [survivorRegistered]).when({
          type: 'MergeClient',
          data: { clientId: otherId, mergedClientId: clientId, reason: 'same person' },
          metadata,
        }),
      ).toEqual([
        {
          type: 'ClientMerged',
          data: { clientId: otherId, mergedClientId: clientId, personal: { reason: 'same person' } },
        },
      ]);
      expect(
        given(clientDecider, [registered]).when({
          type: 'MergeClientInto',
          data: { clientId, survivorId: otherId, reason: 'same person', survivor: liveSurvivor },
          metadata,
        }),
      ).toEqual([
        { type: 'ClientMergedInto', data: { clientId, survivorId: otherId, personal: { reason: 'same person' } } },
      ]);
    });

    it('keeps the merged client as a reference to its survivor', () => {
      const state = given(clientDecider, [
        registered,
        { type: 'ClientMergedInto', data: { clientId, survivorId: otherId } },
      ]).state;
      expect(state).toEqual(expect.objectContaining({ registered: true, personal, mergedInto: otherId }));
    });

    it('refuses to merge a client into itself', () => {
      expect(() =>
        given(clientDecider, [registered]).when({
          type: 'MergeClient',
          data: { clientId, mergedClientId: clientId, reason: 'x' },
          metadata,
        }),
      ).toThrow(expect.objectContaining({ code: 'INTAKE.CLIENT_MERGE_INTO_ITSELF' }));
    });

    it('refuses to merge into a client that was itself merged', () => {
      const survivorMerged: ClientEvent = { type: 'ClientMergedInto', data: { clientId: otherId, survivorId: 'c-3' } };
      expect(() =>
        given(clientDecider, [survivorRegistered, survivorMerged]).when({
          type: 'MergeClient',
          data: { clientId: otherId, mergedClientId: clientId, reason: 'same person' },
          metadata,
        }),
      ).toThrow(
        expect.objectContaining({ code: 'INTAKE.CLIENT_MERGED', details: { clientId: otherId, survivorId: 'c-3' } }),
      );
    });

    it('refuses to merge a client that was already merged elsewhere, and repeats nothing for a retried merge', () => {
      const mergedInto: ClientEvent = { type: 'ClientMergedInto', data: { clientId, survivorId: 'c-3' } };
      expect(() =>
        given(clientDecider, [registered, mergedInto]).when({
          type: 'MergeClientInto',
          data: { clientId, survivorId: otherId, reason: 'same person', survivor: liveSurvivor },
          metadata,
        }),
      ).toThrow(expect.objectContaining({ code: 'INTAKE.CLIENT_MERGED' }));
      expect(
        given(clientDecider, [registered, mergedInto]).when({
          type: 'MergeClientInto',
          data: { clientId, survivorId: 'c-3', reason: 'same person', survivor: liveSurvivor },
          metadata,
        }),
      ).toEqual([]);
    });

    it('refuses to merge into a client whose personal data was erased', () => {
      const erased: ClientEvent = { type: 'ClientPersonalDataErased', data: { clientId: otherId, reason: 'request' } };
      expect(() =>
        given(clientDecider, [survivorRegistered, erased]).when({
          type: 'MergeClient',
          data: { clientId: otherId, mergedClientId: clientId, reason: 'same person' },
          metadata,
        }),
      ).toThrow(expect.objectContaining({ code: 'INTAKE.CLIENT_ERASED' }));
    });

    it('refuses the merged client’s side when the survivor cannot take it, so a refused merge writes nothing', () => {
      const intoSurvivor = (survivor: ClientStanding) =>
        given(clientDecider, [registered]).when({
          type: 'MergeClientInto',
          data: { clientId, survivorId: otherId, reason: 'same person', survivor },
          metadata,
        });
      expect(() => intoSurvivor({ registered: false, mergedInto: null, erased: false })).toThrow(
        expect.objectContaining({ code: 'INTAKE.CLIENT_NOT_FOUND', details: { clientId: otherId } }),
      );
      expect(() => intoSurvivor({ ...liveSurvivor, mergedInto: 'c-3' })).toThrow(
        expect.objectContaining({ code: 'INTAKE.CLIENT_MERGED', details: { clientId: otherId, survivorId: 'c-3' } }),
      );
      expect(() => intoSurvivor({ ...liveSurvivor, erased: true })).toThrow(
        expect.objectContaining({ code: 'INTAKE.CLIENT_ERASED', details: { clientId: otherId } }),
      );
    });

    it('refuses a merge of an unknown client and a merge without a reason', () => {
      expect(() =>
        given(clientDecider, []).when({
          type: 'MergeClientInto',
          data: { clientId, survivorId: otherId, reason: 'x', survivor: liveSurvivor },
          metadata,
        }),
      ).toThrow(expect.objectContaining({ code: 'INTAKE.CLIENT_NOT_FOUND' }));
      expect(() =>
        given(clientDecider, [survivorRegistered]).when({
          type: 'MergeClient',
          data: { clientId: otherId, mergedClientId: clientId, reason: '' },
          metadata,
        }),
      ).toThrow(expect.objectContaining({ code: 'INTAKE.REASON_REQUIRED' }));
    });
  });

  describe('erasure', () => {
    it('records the erasure with its basis, a code, once', () => {
      const erased: ClientEvent = { type: 'ClientPersonalDataErased', data: { clientId, basis: 'client_request' } };
      expect(
        given(clientDecider, [registered]).when({
          type: 'EraseClientPersonalData',
          data: { clientId, basis: 'client_request' },
          metadata,
        }),
      ).toEqual([erased]);
      expect(
        given(clientDecider, [registered, erased]).when({
          type: 'EraseClientPersonalData',
          data: { clientId, basis: 'court_order' },
          metadata,
        }),
      ).toEqual([]);
    });

    it('folds events whose personal data reads as null after the key was shredded', () => {
      const shredded: ClientEvent[] = [
        { ...registered, data: { ...registered.data, personal: null } },
        { type: 'ClientDetailsCorrected', data: { clientId, personal: null } },
        { type: 'ClientPersonalDataErased', data: { clientId, basis: 'client_request' } },
      ];
      expect(given(clientDecider, shredded).state).toEqual({
        registered: true,
        personal: null,
        preferredLanguage: null,
        demographics: {},
        mergedInto: null,
        mergedClientIds: [],
        erased: true,
      });
    });

    it('refuses to erase an unknown client or without a known basis', () => {
      expect(() =>
        given(clientDecider, []).when({
          type: 'EraseClientPersonalData',
          data: { clientId, basis: 'client_request' },
          metadata,
        }),
      ).toThrow(expect.objectContaining({ code: 'INTAKE.CLIENT_NOT_FOUND' }));
      expect(() =>
        given(clientDecider, [registered]).when({
          type: 'EraseClientPersonalData',
          data: { clientId, basis: 'because' as 'other' },
          metadata,
        }),
      ).toThrow(expect.objectContaining({ code: 'INTAKE.INVALID_CLIENT' }));
    });

    it('folds events stored before ADR 0014, with language, demographics and reasons in clear', () => {
      const legacy: ClientEvent[] = [
        {
          type: 'ClientRegistered',
          data: {
            clientId,
            personal: { givenName: 'Ana', familyName: 'Ruiz', dateOfBirth: '1990-01-31', identifiers: [], contact: {} },
            preferredLanguage: 'es',
            demographics: { sex: 'female' },
            duplicateOverride: { reason: 'Different person', candidateIds: ['c-9'] },
          },
        },
        { type: 'ClientDetailsCorrected', data: { clientId, personal: {}, demographics: { veteran: true } } },
        { type: 'ClientPersonalDataErased', data: { clientId, reason: 'client request' } },
      ];
      const folded = given(clientDecider, legacy.slice(0, 2)).state;
      expect(folded).toMatchObject({
        personal: { givenName: 'Ana' },
        preferredLanguage: 'es',
        demographics: { sex: 'female', veteran: true },
      });
      expect(given(clientDecider, legacy).state).toMatchObject({ personal: null, erased: true });
    });
  });
});
