import { given } from '@casemgmt/testing';
import { ADMIN_METADATA } from '../shared/directory-actors.fixture';
import { taxonomyDecider, type TaxonomyEvent } from './taxonomy.decider';

const taxonomyId = '5c4d79d7-cc55-470e-9f1f-8cad074e4892';
const taxonomy = { name: 'Open Eligibility', description: 'Human services taxonomy', version: '2.0' };
const registered: TaxonomyEvent = { type: 'TaxonomyRegistered', data: { taxonomyId, taxonomy } };
const metadata = ADMIN_METADATA;

describe('Taxonomy decider', () => {
  it('registers an imported taxonomy, then records only changed fields', () => {
    expect(
      given(taxonomyDecider, []).when({ type: 'ImportTaxonomy', data: { taxonomyId, taxonomy }, metadata }),
    ).toEqual([registered]);
    expect(
      given(taxonomyDecider, [registered]).when({
        type: 'ImportTaxonomy',
        data: { taxonomyId, taxonomy: { ...taxonomy, version: '2.1' } },
        metadata,
      }),
    ).toEqual([{ type: 'TaxonomyUpdated', data: { taxonomyId, changes: { version: '2.1' } } }]);
    expect(
      given(taxonomyDecider, [registered]).when({ type: 'ImportTaxonomy', data: { taxonomyId, taxonomy }, metadata }),
    ).toEqual([]);
  });

  it('refuses a taxonomy without a description', () => {
    expect(() =>
      given(taxonomyDecider, []).when({
        type: 'ImportTaxonomy',
        data: { taxonomyId, taxonomy: { name: 'x' } },
        metadata,
      }),
    ).toThrow(expect.objectContaining({ code: 'DIRECTORY.INVALID_TAXONOMY' }));
  });
});
