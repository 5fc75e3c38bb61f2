import type { RecordedEvent } from '@casemgmt/event-store';
import { update, upsert, type Projection, type ReadModelChange } from '@casemgmt/read-model';
import type { ClientEvent } from '../../client.decider';
import type { ClientPersonal, ClientPersonalCorrection } from '../../client.types';
import { normaliseIdentifier, normaliseName } from '../../duplicates/client-matching';
import { ClientSearch } from './client-search.entity';

type PersonalColumns = Pick<
  ClientSearch,
  | 'givenName'
  | 'middleName'
  | 'familyName'
  | 'normalisedGivenName'
  | 'normalisedFamilyName'
  | 'dateOfBirth'
  | 'identifiers'
>;

// What an erased client (or one whose key is gone) keeps of its personal columns: nothing.
const BLANK_PERSONAL: PersonalColumns = {
  givenName: null,
  middleName: null,
  familyName: null,
  normalisedGivenName: null,
  normalisedFamilyName: null,
  dateOfBirth: null,
  identifiers: [],
};

function personalColumns(personal: ClientPersonal | null): PersonalColumns {
  if (personal === null) return BLANK_PERSONAL;
  return {
    givenName: personal.givenName,
    middleName: personal.middleName ?? null,
    familyName: personal.familyName,
    normalisedGivenName: normaliseName(personal.givenName),
    normalisedFamilyName: normaliseName(personal.familyName),
    dateOfBirth: personal.dateOfBirth,
    identifiers: personal.identifiers.map(normaliseIdentifier),
  };
}

function correctedColumns(correction: ClientPersonalCorrection | null): Partial<PersonalColumns> {
  if (correction === null) return BLANK_PERSONAL;
  return {
    ...(correction.givenName !== undefined
      ? { givenName: correction.givenName, normalisedGivenName: normaliseName(correction.givenName) }
      : {}),
    ...(correction.familyName !== undefined
      ? { familyName: correction.familyName, normalisedFamilyName: normaliseName(correction.familyName) }
      : {}),
    ...(correction.middleName !== undefined ? { middleName: correction.middleName } : {}),
    ...(correction.dateOfBirth !== undefined ? { dateOfBirth: correction.dateOfBirth } : {}),
    ...(correction.identifiers !== undefined ? { identifiers: correction.identifiers.map(normaliseIdentifier) } : {}),
  };
}

function rowVersion(event: RecordedEvent): Pick<ClientSearch, 'version' | 'updatedAt'> {
  return { version: event.streamVersion, updatedAt: event.recordedAt };
}

/**
 * `intake.client_search`: names (as entered and normalised), date of birth and normalised identifiers of every
 * client, for search and duplicate detection. Fed through the intake store, so personal data arrives opened, or
 * as null once the client's key is shredded; then the personal columns are blanked.
 */
export const clientSearchProjection: Projection = {
  name: 'intake.client_search',
  version: 1,
  categories: ['intake.client'],
  project(recorded: RecordedEvent): readonly ReadModelChange[] {
    const event = recorded as unknown as RecordedEvent<ClientEvent>;
    const tenantId = event.metadata.tenantId;
    const clientId = event.data.clientId;
    const row = { tenantId, clientId };
    switch (event.type) {
      case 'ClientRegistered':
        return [
          upsert(
            ClientSearch,
            {
              ...row,
              ...personalColumns(event.data.personal),
              preferredLanguage: event.data.preferredLanguage,
              mergedInto: null,
              erased: false,
              registeredAt: event.recordedAt,
              ...rowVersion(event),
            },
            ['tenantId', 'clientId'],
          ),
        ];
      case 'ClientDetailsCorrected':
        return [
          update(ClientSearch, row, {
            ...correctedColumns(event.data.personal),
            ...(event.data.preferredLanguage !== undefined ? { preferredLanguage: event.data.preferredLanguage } : {}),
            ...rowVersion(event),
          }),
        ];
      case 'ClientMerged':
        return [update(ClientSearch, row, rowVersion(event))];
      case 'ClientMergedInto':
        return [update(ClientSearch, row, { mergedInto: event.data.survivorId, ...rowVersion(event) })];
      case 'ClientPersonalDataErased':
        return [update(ClientSearch, row, { ...BLANK_PERSONAL, erased: true, ...rowVersion(event) })];
      default:
        return ignoreUnknownEvent(event);
    }
  },
};

// Types the projection does not know are not its business.
function ignoreUnknownEvent(_event: never): [] {
  return [];
}
