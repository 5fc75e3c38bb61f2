import { ApiProperty, PartialType, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsNotEmpty, IsObject, IsString, MaxLength, Min, ValidateNested } from 'class-validator';
import { RegisterClientRequestDto } from '../register-client/register-client.request.dto';

/** The fields to correct; `middleName: null` or a demographic field as null clears it. */
export class ClientChangesDto extends PartialType(
  PickType(RegisterClientRequestDto, [
    'givenName',
    'middleName',
    'familyName',
    'dateOfBirth',
    'identifiers',
    'contact',
    'preferredLanguage',
    'demographics',
  ] as const),
) {}

export class CorrectClientDetailsRequestDto {
  @ApiProperty({ type: ClientChangesDto })
  // ValidateNested alone lets a missing object or an array through.
  @IsObject()
  @ValidateNested()
  @Type(() => ClientChangesDto)
  readonly changes!: ClientChangesDto;

  @ApiProperty({ description: 'Why the details are corrected; recorded with the event', maxLength: 2_000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2_000)
  readonly reason!: string;

  @ApiProperty({
    description: 'Version of the client the correction is based on (from the last write or read)',
    minimum: 1,
  })
  @IsInt()
  @Min(1)
  readonly expectedVersion!: number;
}
