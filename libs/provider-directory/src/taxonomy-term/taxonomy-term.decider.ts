import type { TaxonomyTermFields } from '../hsds/hsds.types';
import type { Command } from '@casemgmt/decider';
import type { Decider } from '@casemgmt/decider';
import { applyFields, diffFields, isEmpty } from '../shared/field-diff';
import { TaxonomyTermErrors } from './taxonomy-term.errors';

export type TaxonomyTermRegistered = {
  readonly type: 'TaxonomyTermRegistered';
  readonly data: { readonly taxonomyTermId: string; readonly taxonomyTerm: TaxonomyTermFields };
};
/** Carries only the fields that changed; `null` clears a field. */
export type TaxonomyTermUpdated = {
  readonly type: 'TaxonomyTermUpdated';
  readonly data: { readonly taxonomyTermId: string; readonly changes: TaxonomyTermFields };
};

export type TaxonomyTermEvent = TaxonomyTermRegistered | TaxonomyTermUpdated;

export const TAXONOMY_TERM_EVENT_TYPES = [
  'TaxonomyTermRegistered',
  'TaxonomyTermUpdated',
] as const satisfies readonly TaxonomyTermEvent['type'][];

/** Terms arrive with imported directories, standalone or embedded in service attributes. */
export type ImportTaxonomyTerm = Command<
  'ImportTaxonomyTerm',
  { readonly taxonomyTermId: string; readonly taxonomyTerm: TaxonomyTermFields }
>;

export type TaxonomyTermCommand = ImportTaxonomyTerm;

export interface TaxonomyTermState {
  readonly registered: boolean;
  readonly fields: TaxonomyTermFields;
}

export const initialTaxonomyTermState = (): TaxonomyTermState => ({ registered: false, fields: {} });

export function evolveTaxonomyTerm(state: TaxonomyTermState, event: TaxonomyTermEvent): TaxonomyTermState {
  switch (event.type) {
    case 'TaxonomyTermRegistered':
      return { registered: true, fields: event.data.taxonomyTerm };
    case 'TaxonomyTermUpdated':
      return { ...state, fields: applyFields(state.fields, event.data.changes) };
    default: {
      const unknownEvent: never = event;
      throw new Error(`unknown taxonomy term event ${JSON.stringify(unknownEvent)}`);
    }
  }
}

export function decideTaxonomyTerm(command: TaxonomyTermCommand, state: TaxonomyTermState): TaxonomyTermEvent[] {
  switch (command.type) {
    case 'ImportTaxonomyTerm': {
      const { taxonomyTermId, taxonomyTerm } = command.data;
      if (!state.registered) {
        assertValid(taxonomyTermId, taxonomyTerm);
        return [{ type: 'TaxonomyTermRegistered', data: { taxonomyTermId, taxonomyTerm } }];
      }
      const changes = diffFields(state.fields, taxonomyTerm);
      if (isEmpty(changes)) return [];
      assertValid(taxonomyTermId, applyFields(state.fields, changes));
      return [{ type: 'TaxonomyTermUpdated', data: { taxonomyTermId, changes } }];
    }
    default: {
      const unknownCommand: never = command.type;
      throw new Error(`unknown taxonomy term command ${String(unknownCommand)}`);
    }
  }
}

function assertValid(taxonomyTermId: string, term: TaxonomyTermFields): void {
  for (const field of ['name', 'description'] as const) {
    const value = term[field];
    if (typeof value !== 'string' || value.trim() === '') throw TaxonomyTermErrors.invalid(field, 'is required');
  }
  // A term that is its own parent would make the need search's descent through the hierarchy loop.
  if (term.parent_id === taxonomyTermId)
    throw TaxonomyTermErrors.invalid('parent_id', 'a term cannot be its own parent');
}

export const taxonomyTermDecider: Decider<TaxonomyTermCommand, TaxonomyTermEvent, TaxonomyTermState> = {
  decide: decideTaxonomyTerm,
  evolve: evolveTaxonomyTerm,
  initialState: initialTaxonomyTermState,
};
