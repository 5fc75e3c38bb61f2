import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import type { HsdsAttribute, HsdsObject } from '../../../hsds/hsds.types';
import { HsdsList, OptionalText, OptionalUuid } from '../../../shared/dto-decorators';

/** Places a service at a location, with the details that hold there only. */
export class RegisterServiceAtLocationRequestDto {
  @OptionalUuid('HSDS id of the record; a new UUID when left out')
  readonly id?: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  readonly service_id!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  readonly location_id!: string;

  @OptionalText('What is offered at this location', 10_000)
  readonly description?: string | null;

  @HsdsList('contact.json', 'Contacts')
  readonly contacts?: readonly HsdsObject[] | null;

  @HsdsList('phone.json', 'Phones')
  readonly phones?: readonly HsdsObject[] | null;

  @HsdsList('schedule.json', 'Opening times at this location')
  readonly schedules?: readonly HsdsObject[] | null;

  @HsdsList('attribute.json', 'Attributes')
  readonly attributes?: readonly HsdsAttribute[] | null;

  @HsdsList('metadata.json', 'Change metadata')
  readonly metadata?: readonly HsdsObject[] | null;
}
