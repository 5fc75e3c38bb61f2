import type { RecordedEvent } from '@casemgmt/event-store';
import type { BlindIndex } from '@casemgmt/personal-data';
import {
  ignoreUnknownEvent,
  remove,
  update,
  upsert,
  type Projection,
  type ReadModelChange,
} from '@casemgmt/read-model';
import { CLIENT_EVENT_TYPES, type ClientEvent } from '../../client.decider';
import type { ClientIdentifier } from '../../client.types';
import { ClientSearch, ClientSearchTerm, type SearchField } from './client-search.entity';
import { dateOfBirthTerm, identifierTerm, nameTerms } from './client-search-terms';

/** The personal fields a search can find a client by; any of them may be left out of a correction. */
interface Searchable {
  readonly givenName?: string;
  readonly familyName?: string;
  readonly dateOfBirth?: string;
  readonly identifiers?: readonly ClientIdentifier[];
}

/**
 * `intake.client_search` and its blind index `intake.client_search_term`: a row per client (merged into whom,
 * erased or not) and the keyed hashes of its name words, date of birth and identifiers. Fed through the intake store,
 * so personal data arrives opened (or as null once the client's key is shredded, and then no term is written); the
 * terms are computed here with the tenant's search key and nothing in clear is stored. An erasure deletes the terms.
 */
export function clientSearchProjection(index: BlindIndex): Projection<ClientEvent> {
  return {
    name: 'intake.client_search',
    // 2: blind index instead of names, dates of birth and identifiers in clear (ADR 0014).
    version: 2,
    categories: ['intake.client'],
    eventTypes: CLIENT_EVENT_TYPES,
    project(event: RecordedEvent<ClientEvent>): readonly ReadModelChange[] {
      const tenantId = event.metadata.tenantId;
      const clientId = event.data.clientId;
      const row = { tenantId, clientId };
      const version = { version: event.streamVersion, updatedAt: event.recordedAt };
      const termsOf = (searchable: Searchable): ReadModelChange[] => {
        const terms: [SearchField, string][] = [
          ...(searchable.givenName !== undefined
            ? nameTerms(index, tenantId, searchable.givenName).map(
                (term) => ['given_name', term] as [SearchField, string],
              )
            : []),
          ...(searchable.familyName !== undefined
            ? nameTerms(index, tenantId, searchable.familyName).map(
                (term) => ['family_name', term] as [SearchField, string],
              )
            : []),
          ...(searchable.dateOfBirth !== undefined
            ? [['date_of_birth', dateOfBirthTerm(index, tenantId, searchable.dateOfBirth)] as [SearchField, string]]
            : []),
          ...(searchable.identifiers ?? []).map(
            (identifier) => ['identifiers', identifierTerm(index, tenantId, identifier)] as [SearchField, string],
          ),
        ];
        return terms.map(([field, term]) =>
          upsert(ClientSearchTerm, { ...row, field, term }, ['tenantId', 'clientId', 'field', 'term']),
        );
      };
      switch (event.type) {
        case 'ClientRegistered':
          return [
            upsert(
              ClientSearch,
              { ...row, mergedInto: null, erased: false, registeredAt: event.recordedAt, ...version },
              ['tenantId', 'clientId'],
            ),
            ...(event.data.personal === null ? [] : termsOf(event.data.personal)),
          ];
        case 'ClientDetailsCorrected': {
          const corrected = event.data.personal;
          // Unreadable: the key is gone, and so must every term be.
          if (corrected === null) return [update(ClientSearch, row, version), remove(ClientSearchTerm, row)];
          const replaced: SearchField[] = [
            ...(corrected.givenName !== undefined ? (['given_name'] as const) : []),
            ...(corrected.familyName !== undefined ? (['family_name'] as const) : []),
            ...(corrected.dateOfBirth !== undefined ? (['date_of_birth'] as const) : []),
            ...(corrected.identifiers !== undefined ? (['identifiers'] as const) : []),
          ];
          return [
            update(ClientSearch, row, version),
            ...replaced.map((field) => remove(ClientSearchTerm, { ...row, field })),
            ...termsOf(corrected),
          ];
        }
        case 'ClientMerged':
          return [update(ClientSearch, row, version)];
        case 'ClientMergedInto':
          return [update(ClientSearch, row, { mergedInto: event.data.survivorId, ...version })];
        case 'ClientPersonalDataErased':
          return [update(ClientSearch, row, { erased: true, ...version }), remove(ClientSearchTerm, row)];
        default:
          return ignoreUnknownEvent(event);
      }
    },
  };
}
