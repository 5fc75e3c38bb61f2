import { addressText, demographicsRows, identifierText } from './client-details';

describe('a client’s details as the client page shows them', () => {
  it('shows only the last four of an SSN, and other identifiers whole', () => {
    expect(identifierText({ system: 'ssn', value: '123-45-6789' })).toBe('SSN •••-••-6789');
    expect(identifierText({ system: 'medicaid', value: 'CA-99812' })).toBe('Medicaid CA-99812');
  });

  it('writes an address on one line, leaving out what is not given', () => {
    expect(addressText({ line1: '12 Alder St', city: 'Oakland', state: 'CA', postalCode: '94607' })).toBe(
      '12 Alder St, Oakland, CA 94607',
    );
    expect(
      addressText({ line1: '12 Alder St', city: 'Oakland', state: 'CA', postalCode: '94607', county: 'Alameda' }),
    ).toBe('12 Alder St, Oakland, CA 94607, Alameda');
  });

  it('lists what the client said of themselves, and nothing for what they did not', () => {
    expect(demographicsRows({})).toEqual([]);
    expect(demographicsRows({ sex: 'female', race: ['Asian', 'White'], veteran: false })).toEqual([
      { label: 'Administrative sex', value: 'female' },
      { label: 'Race', value: 'Asian, White' },
      { label: 'Veteran', value: 'no' },
    ]);
  });
});
