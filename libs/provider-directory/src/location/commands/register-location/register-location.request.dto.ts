import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import {
  LOCATION_TYPES,
  type HsdsAttribute,
  type HsdsLanguage,
  type HsdsObject,
  type LocationType,
} from '../../../hsds/hsds.types';
import { HsdsList, OptionalNumber, OptionalText, OptionalUrl, OptionalUuid } from '../../../shared/dto-decorators';

/** A location in HSDS 3.0 fields; coordinates in WGS84 decimal degrees make it findable by distance. */
export class RegisterLocationRequestDto {
  @OptionalUuid('HSDS id of the location; a new UUID when left out')
  readonly id?: string;

  @ApiProperty({ enum: LOCATION_TYPES })
  @IsIn(LOCATION_TYPES)
  readonly location_type!: LocationType;

  @OptionalUrl('URL, for virtual locations')
  readonly url?: string | null;

  @OptionalUuid('The organisation the location belongs to')
  readonly organization_id?: string | null;

  @OptionalText('Name', 500)
  readonly name?: string | null;

  @OptionalText('Alternative name', 500)
  readonly alternate_name?: string | null;

  @OptionalText('Description', 10_000)
  readonly description?: string | null;

  @OptionalText('How to get there')
  readonly transportation?: string | null;

  @OptionalNumber('Latitude, WGS84 decimal degrees', -90, 90)
  readonly latitude?: number | null;

  @OptionalNumber('Longitude, WGS84 decimal degrees', -180, 180)
  readonly longitude?: number | null;

  @OptionalText('External identifier', 200)
  readonly external_identifier?: string | null;

  @OptionalText('Scheme of the external identifier (UPRN, what3words ...)', 200)
  readonly external_identifier_type?: string | null;

  @HsdsList('language.json', 'Languages spoken at the location')
  readonly languages?: readonly HsdsLanguage[] | null;

  @HsdsList('address.json', 'Addresses')
  readonly addresses?: readonly HsdsObject[] | null;

  @HsdsList('contact.json', 'Contacts')
  readonly contacts?: readonly HsdsObject[] | null;

  @HsdsList('accessibility.json', 'Accessibility')
  readonly accessibility?: readonly HsdsObject[] | null;

  @HsdsList('phone.json', 'Phones')
  readonly phones?: readonly HsdsObject[] | null;

  @HsdsList('schedule.json', 'Opening times')
  readonly schedules?: readonly HsdsObject[] | null;

  @HsdsList('attribute.json', 'Attributes')
  readonly attributes?: readonly HsdsAttribute[] | null;

  @HsdsList('metadata.json', 'Change metadata')
  readonly metadata?: readonly HsdsObject[] | null;
}
