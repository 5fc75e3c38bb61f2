import type { TaxonomyFields } from '../hsds/hsds.types';
import type { Command } from '@casemgmt/decider';
import type { Decider } from '@casemgmt/decider';
import { applyFields, diffFields, isEmpty } from '../shared/field-diff';
import { TaxonomyErrors } from './taxonomy.errors';

export type TaxonomyRegistered = {
  readonly type: 'TaxonomyRegistered';
  readonly data: { readonly taxonomyId: string; readonly taxonomy: TaxonomyFields };
};
/** Carries only the fields that changed; `null` clears a field. */
export type TaxonomyUpdated = {
  readonly type: 'TaxonomyUpdated';
  readonly data: { readonly taxonomyId: string; readonly changes: TaxonomyFields };
};

export type TaxonomyEvent = TaxonomyRegistered | TaxonomyUpdated;

export const TAXONOMY_EVENT_TYPES = [
  'TaxonomyRegistered',
  'TaxonomyUpdated',
] as const satisfies readonly TaxonomyEvent['type'][];

/** Taxonomies arrive with imported directories; an identical document changes nothing. */
export type ImportTaxonomy = Command<
  'ImportTaxonomy',
  { readonly taxonomyId: string; readonly taxonomy: TaxonomyFields }
>;

export type TaxonomyCommand = ImportTaxonomy;

export interface TaxonomyState {
  readonly registered: boolean;
  readonly fields: TaxonomyFields;
}

export const initialTaxonomyState = (): TaxonomyState => ({ registered: false, fields: {} });

export function evolveTaxonomy(state: TaxonomyState, event: TaxonomyEvent): TaxonomyState {
  switch (event.type) {
    case 'TaxonomyRegistered':
      return { registered: true, fields: event.data.taxonomy };
    case 'TaxonomyUpdated':
      return { ...state, fields: applyFields(state.fields, event.data.changes) };
    default: {
      const unknownEvent: never = event;
      throw new Error(`unknown taxonomy event ${JSON.stringify(unknownEvent)}`);
    }
  }
}

export function decideTaxonomy(command: TaxonomyCommand, state: TaxonomyState): TaxonomyEvent[] {
  switch (command.type) {
    case 'ImportTaxonomy': {
      const { taxonomyId, taxonomy } = command.data;
      if (!state.registered) {
        assertValid(taxonomy);
        return [{ type: 'TaxonomyRegistered', data: { taxonomyId, taxonomy } }];
      }
      const changes = diffFields(state.fields, taxonomy);
      if (isEmpty(changes)) return [];
      assertValid(applyFields(state.fields, changes));
      return [{ type: 'TaxonomyUpdated', data: { taxonomyId, changes } }];
    }
    default: {
      const unknownCommand: never = command.type;
      throw new Error(`unknown taxonomy command ${String(unknownCommand)}`);
    }
  }
}

// HSDS requires a name and a description of every taxonomy.
function assertValid(taxonomy: TaxonomyFields): void {
  for (const field of ['name', 'description'] as const) {
    const value = taxonomy[field];
    if (typeof value !== 'string' || value.trim() === '') throw TaxonomyErrors.invalid(field, 'is required');
  }
}

export const taxonomyDecider: Decider<TaxonomyCommand, TaxonomyEvent, TaxonomyState> = {
  decide: decideTaxonomy,
  evolve: evolveTaxonomy,
  initialState: initialTaxonomyState,
};
