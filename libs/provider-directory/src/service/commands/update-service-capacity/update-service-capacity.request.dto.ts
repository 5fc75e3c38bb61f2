import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsNumber, IsObject, IsOptional, Min, ValidateNested } from 'class-validator';
import { OptionalNumber, OptionalText, OptionalUrl, RequiredText } from '../../../shared/dto-decorators';

/** HSDS 3.1 `unit`: what is counted. */
export class CapacityUnitDto {
  @OptionalText('Id of the unit; a report names its unit by id or by name', 100)
  readonly id?: string | null;

  @RequiredText('What is counted, e.g. bed, appointment slot, place', 200)
  readonly name!: string;

  @OptionalText('Scheme the unit comes from', 200)
  readonly scheme?: string | null;

  @OptionalText('Identifier of the unit in that scheme', 200)
  readonly identifier?: string | null;

  @OptionalUrl('URI of the unit')
  readonly uri?: string | null;
}

/** A capacity report in the HSDS 3.1 `service_capacity` shape; the time of the report becomes `updated`. */
export class UpdateServiceCapacityRequestDto {
  @ApiProperty({ type: CapacityUnitDto })
  // ValidateNested alone lets a missing object or an array through.
  @IsObject()
  @ValidateNested()
  @Type(() => CapacityUnitDto)
  readonly unit!: CapacityUnitDto;

  @ApiProperty({ description: 'How many are free now', minimum: 0 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  readonly available!: number;

  @OptionalNumber('How many there are at most', 0, 1_000_000)
  readonly maximum?: number | null;

  @OptionalText('Notes on the capacity', 1_000)
  readonly description?: string | null;

  @ApiPropertyOptional({
    description: 'Version read; when left out the report applies to the current version',
    minimum: 1,
  })
  @IsOptional()
  @IsNumber({ allowNaN: false })
  @Min(1)
  readonly expectedVersion?: number;
}
