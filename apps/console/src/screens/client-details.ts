import type { components } from '../api/schema';

type Identifier = components['schemas']['ClientIdentifierDto'];
type Address = components['schemas']['PostalAddressDto'];
type Demographics = components['schemas']['ClientDemographicsDto'];

const SYSTEMS: Readonly<Record<Identifier['system'], string>> = {
  ssn: 'SSN',
  medicaid: 'Medicaid',
  medicare: 'Medicare',
  state_id: 'State ID',
  agency_mrn: 'Agency record number',
  other: 'Other',
};

/**
 * An identifier as the screen shows it: its system, and only the last four letters or digits of an SSN, as on any
 * page a passer-by may see. The other numbers are the ones workers quote to payers and are shown whole.
 */
export function identifierText({ system, value }: Identifier): string {
  if (system !== 'ssn') return `${SYSTEMS[system]} ${value}`;
  const kept = value.replace(/[^0-9A-Za-z]/g, '').slice(-4);
  return `${SYSTEMS[system]} •••-••-${kept}`;
}

/** A postal address on one line. */
export function addressText(address: Address): string {
  return [address.line1, address.city, `${address.state} ${address.postalCode}`, address.county]
    .filter((part) => part !== undefined && part !== '')
    .join(', ');
}

/** What the client said of themselves, as label and value pairs; nothing for what was not given. */
export function demographicsRows(demographics: Demographics): { readonly label: string; readonly value: string }[] {
  const rows: { label: string; value: string }[] = [];
  if (demographics.sex) rows.push({ label: 'Administrative sex', value: demographics.sex });
  if (demographics.genderIdentity) rows.push({ label: 'Gender identity', value: demographics.genderIdentity });
  if (demographics.race && demographics.race.length > 0)
    rows.push({ label: 'Race', value: demographics.race.join(', ') });
  if (demographics.ethnicity) rows.push({ label: 'Ethnicity', value: demographics.ethnicity });
  if (demographics.veteran !== undefined) rows.push({ label: 'Veteran', value: demographics.veteran ? 'yes' : 'no' });
  return rows;
}
