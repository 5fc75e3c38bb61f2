import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { OptionalExpectedVersion, RequiredText } from '../../case-http.dto';

export class CaseloadOverrideDto {
  @RequiredText('Why the case manager takes a case beyond the caseload limit (sealed with the client’s key)')
  readonly reason!: string;
}

export class AssignCaseRequestDto {
  @ApiProperty({ description: 'User id (token subject) of the case manager', maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  readonly caseManagerId!: string;

  @ApiPropertyOptional({
    type: CaseloadOverrideDto,
    description: 'Supervisors only: assign although the case manager is at the caseload limit',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => CaseloadOverrideDto)
  readonly override?: CaseloadOverrideDto;

  @OptionalExpectedVersion()
  readonly expectedVersion?: number;
}
