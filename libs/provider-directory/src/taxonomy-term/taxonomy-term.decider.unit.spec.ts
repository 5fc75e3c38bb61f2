import { given } from '@casemgmt/testing';
import { ADMIN_METADATA } from '../shared/directory-actors.fixture';
import { taxonomyTermDecider, type TaxonomyTermEvent } from './taxonomy-term.decider';

const taxonomyTermId = '3f7b145d-84af-42d7-8fae-eaca714b02b2';
const taxonomyTerm = { code: 'housing', name: 'Housing', description: 'Housing services' };
const registered: TaxonomyTermEvent = { type: 'TaxonomyTermRegistered', data: { taxonomyTermId, taxonomyTerm } };
const metadata = ADMIN_METADATA;

describe('TaxonomyTerm decider', () => {
  it('registers an imported term, then records only changed fields', () => {
    expect(
      given(taxonomyTermDecider, []).when({
        type: 'ImportTaxonomyTerm',
        data: { taxonomyTermId, taxonomyTerm },
        metadata,
      }),
    ).toEqual([registered]);
    expect(
      given(taxonomyTermDecider, [registered]).when({
        type: 'ImportTaxonomyTerm',
        data: { taxonomyTermId, taxonomyTerm: { ...taxonomyTerm, parent_id: 'p-1' } },
        metadata,
      }),
    ).toEqual([{ type: 'TaxonomyTermUpdated', data: { taxonomyTermId, changes: { parent_id: 'p-1' } } }]);
    expect(
      given(taxonomyTermDecider, [registered]).when({
        type: 'ImportTaxonomyTerm',
        data: { taxonomyTermId, taxonomyTerm },
        metadata,
      }),
    ).toEqual([]);
  });

  it('refuses a term that is its own parent', () => {
    expect(() =>
      given(taxonomyTermDecider, []).when({
        type: 'ImportTaxonomyTerm',
        data: { taxonomyTermId, taxonomyTerm: { ...taxonomyTerm, parent_id: taxonomyTermId } },
        metadata,
      }),
    ).toThrow(expect.objectContaining({ code: 'DIRECTORY.INVALID_TAXONOMY_TERM' }));
  });
});
