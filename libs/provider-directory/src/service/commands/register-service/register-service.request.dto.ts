import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import {
  SERVICE_STATUSES,
  type HsdsAttribute,
  type HsdsLanguage,
  type HsdsObject,
  type ServiceStatus,
} from '../../../hsds/hsds.types';
import {
  HsdsList,
  HsdsSubRecord,
  OptionalDate,
  OptionalEmail,
  OptionalNumber,
  OptionalText,
  OptionalUrl,
  OptionalUuid,
  RequiredText,
} from '../../../shared/dto-decorators';

/** A service in HSDS 3.0 fields. Capacity is reported on its own route by the provider. */
export class RegisterServiceRequestDto {
  @OptionalUuid('HSDS id of the service; a new UUID when left out')
  readonly id?: string;

  @OptionalUuid('The organisation that provides the service')
  readonly organization_id?: string | null;

  @OptionalUuid('The programme the service is delivered under')
  readonly program_id?: string | null;

  @RequiredText('Official or public name')
  readonly name!: string;

  @OptionalText('Alternative name', 500)
  readonly alternate_name?: string | null;

  @OptionalText('Free-text description', 10_000)
  readonly description?: string | null;

  @OptionalUrl('URL of the service')
  readonly url?: string | null;

  @OptionalEmail('Contact email')
  readonly email?: string | null;

  @ApiProperty({ enum: SERVICE_STATUSES })
  @IsIn(SERVICE_STATUSES)
  readonly status!: ServiceStatus;

  @OptionalText('Interpretation services offered')
  readonly interpretation_services?: string | null;

  @OptionalText('How to apply')
  readonly application_process?: string | null;

  @OptionalText('Fees, in words')
  readonly fees_description?: string | null;

  @OptionalText('Typical wait')
  readonly wait_time?: string | null;

  @OptionalText('Fees (HSDS 3.0 legacy field)')
  readonly fees?: string | null;

  @OptionalText('Accreditations')
  readonly accreditations?: string | null;

  @OptionalText('Who the service is for, in words')
  readonly eligibility_description?: string | null;

  @OptionalNumber('Minimum age of eligibility', 0, 150)
  readonly minimum_age?: number | null;

  @OptionalNumber('Maximum age of eligibility', 0, 150)
  readonly maximum_age?: number | null;

  @OptionalDate('When the listing was last checked (YYYY-MM-DD)')
  readonly assured_date?: string | null;

  @OptionalEmail('Who checked it')
  readonly assurer_email?: string | null;

  @OptionalText('Licences held')
  readonly licenses?: string | null;

  @OptionalText('Short-term notice to show with the listing')
  readonly alert?: string | null;

  @HsdsList('phone.json', 'Phones')
  readonly phones?: readonly HsdsObject[] | null;

  @HsdsList('schedule.json', 'Opening times')
  readonly schedules?: readonly HsdsObject[] | null;

  @HsdsList('service_area.json', 'Areas served')
  readonly service_areas?: readonly HsdsObject[] | null;

  @HsdsList('language.json', 'Languages the service is offered in')
  readonly languages?: readonly HsdsLanguage[] | null;

  @HsdsList('funding.json', 'Funding sources')
  readonly funding?: readonly HsdsObject[] | null;

  @HsdsList('cost_option.json', 'Costs')
  readonly cost_options?: readonly HsdsObject[] | null;

  @HsdsSubRecord('program.json', 'Programme')
  readonly program?: HsdsObject | null;

  @HsdsList('required_document.json', 'Documents to bring')
  readonly required_documents?: readonly HsdsObject[] | null;

  @HsdsList('contact.json', 'Contacts')
  readonly contacts?: readonly HsdsObject[] | null;

  @HsdsList('attribute.json', 'Attributes, including taxonomy terms (needs)')
  readonly attributes?: readonly HsdsAttribute[] | null;

  @HsdsList('metadata.json', 'Change metadata')
  readonly metadata?: readonly HsdsObject[] | null;
}
