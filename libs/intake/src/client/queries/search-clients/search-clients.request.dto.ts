import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

/**
 * What to look for, in a JSON body: names, dates of birth and identifiers never travel in a URL, where proxies,
 * browsers and access logs keep them.
 */
export class SearchClientsRequestDto {
  @ApiPropertyOptional({
    description: 'Words of the name; each must be a whole word of the given or family name (accents and case ignored)',
    minLength: 2,
    maxLength: 200,
  })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  readonly name?: string;

  @ApiPropertyOptional({ format: 'date', example: '1984-07-12' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dateOfBirth must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'dateOfBirth must be a calendar date' })
  readonly dateOfBirth?: string;

  @ApiPropertyOptional({
    description: 'An identifier value, optionally with its system: `ssn:123-45-6789`, `medicaid:AB123`, `AB123`',
    maxLength: 80,
  })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(80)
  readonly identifier?: string;
}
