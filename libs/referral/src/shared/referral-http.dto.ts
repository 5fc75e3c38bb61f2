import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';

// What every referral route shares: the referral or case it is on, free text, the version read.

/** The `{referralId}` of a referral route. */
export class ReferralParamDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  readonly referralId!: string;
}

/** The `{caseId}` of a case's referral route. */
export class ReferralCaseParamDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  readonly caseId!: string;
}

/** Free text a worker or partner must give; sealed with the client's key when stored. */
export const RequiredText = (description: string, maxLength = 4_000): PropertyDecorator =>
  applyDecorators(
    ApiProperty({ description, minLength: 1, maxLength }),
    IsString(),
    MinLength(1),
    MaxLength(maxLength),
  );

/** Free text that may be given; sealed with the client's key when stored. */
export const OptionalText = (description: string, maxLength = 4_000): PropertyDecorator =>
  applyDecorators(ApiPropertyOptional({ description, maxLength }), IsOptional(), IsString(), MaxLength(maxLength));

/** The version of the referral's stream the caller read; one that moved on since answers 409. */
export const OptionalExpectedVersion = (): PropertyDecorator =>
  applyDecorators(
    ApiPropertyOptional({
      description: 'Version of the referral the change is based on (from the last write)',
      minimum: 1,
    }),
    IsOptional(),
    IsInt(),
    Min(1),
  );

/** What a referral command answers. */
export class ReferralWriteResponseDto {
  @ApiProperty({ format: 'uuid' })
  readonly referralId!: string;

  @ApiProperty({ description: 'The referral’s stream version after the change' })
  readonly streamVersion!: number;

  @ApiProperty({ description: 'False when the referral was already as asked (a retry): nothing was recorded' })
  readonly changed!: boolean;
}
