import type { HsdsAttribute, HsdsObject } from '../../../hsds/hsds.types';
import {
  HsdsList,
  OptionalEmail,
  OptionalNumber,
  OptionalText,
  OptionalUrl,
  OptionalUuid,
  RequiredText,
} from '../../../shared/dto-decorators';

/** An organisation in HSDS 3.0 fields; its locations and services are records of their own. */
export class RegisterOrganizationRequestDto {
  @OptionalUuid('HSDS id of the organisation; a new UUID when left out')
  readonly id?: string;

  @RequiredText('Official or public name')
  readonly name!: string;

  @OptionalText('Alternative name', 500)
  readonly alternate_name?: string | null;

  @RequiredText('What the organisation does', 10_000)
  readonly description!: string;

  @OptionalEmail('Contact email')
  readonly email?: string | null;

  @OptionalUrl('Website')
  readonly website?: string | null;

  @OptionalText('Tax status', 200)
  readonly tax_status?: string | null;

  @OptionalText('Tax id', 200)
  readonly tax_id?: string | null;

  @OptionalNumber('Year of incorporation', 1000, 3000)
  readonly year_incorporated?: number | null;

  @OptionalText('Legal status', 200)
  readonly legal_status?: string | null;

  @OptionalText('Logo URL', 2_000)
  readonly logo?: string | null;

  @OptionalUrl('Persistent URI')
  readonly uri?: string | null;

  @OptionalUuid('Parent organisation')
  readonly parent_organization_id?: string | null;

  @HsdsList('funding.json', 'Funding sources')
  readonly funding?: readonly HsdsObject[] | null;

  @HsdsList('contact.json', 'Contacts')
  readonly contacts?: readonly HsdsObject[] | null;

  @HsdsList('phone.json', 'Phones')
  readonly phones?: readonly HsdsObject[] | null;

  @HsdsList('program.json', 'Programmes')
  readonly programs?: readonly HsdsObject[] | null;

  @HsdsList('organization_identifier.json', 'Identifiers (company number, EIN ...)')
  readonly organization_identifiers?: readonly HsdsObject[] | null;

  @HsdsList('attribute.json', 'Attributes')
  readonly attributes?: readonly HsdsAttribute[] | null;

  @HsdsList('metadata.json', 'Change metadata')
  readonly metadata?: readonly HsdsObject[] | null;
}
