import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ROLES, type Role } from '../roles';

// Ids as tokens carry them: a letter or digit, then letters, digits, dots, dashes or underscores.
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const ID_REASON = 'must be 1 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit';

/** The console's OIDC client, when the app has one. */
export class OidcSignInDto {
  @ApiProperty({ description: 'The OIDC provider (the tokens’ issuer), where the console sends people to sign in' })
  readonly authority!: string;

  @ApiProperty({ description: 'The console’s public client id at the provider' })
  readonly clientId!: string;

  @ApiProperty({ description: 'The audience the API expects in access tokens' })
  readonly audience!: string;
}

/** How people sign in to the console here. */
export class SignInOptionsDto {
  @ApiProperty({ description: 'True when the development sign-in is open (development mode, development key)' })
  readonly development!: boolean;

  @ApiPropertyOptional({ type: OidcSignInDto, nullable: true })
  readonly oidc!: OidcSignInDto | null;
}

/** Who to sign in as, in development: what `npm run token` takes. */
export class DevelopmentSignInRequestDto {
  @ApiProperty({ enum: ROLES, isArray: true, minItems: 1, maxItems: ROLES.length })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ROLES.length)
  @IsIn(ROLES, { each: true })
  readonly roles!: Role[];

  @ApiProperty({ pattern: ID.source, example: 'county-a' })
  @IsString()
  @Matches(ID, { message: `tenant ${ID_REASON}` })
  readonly tenant!: string;

  @ApiProperty({ pattern: ID.source, example: 'cm-17', description: 'The subject: the actor id' })
  @IsString()
  @Matches(ID, { message: `sub ${ID_REASON}` })
  readonly sub!: string;

  @ApiPropertyOptional({ pattern: ID.source, example: 'team-west' })
  @IsOptional()
  @IsString()
  @Matches(ID, { message: `team ${ID_REASON}` })
  readonly team?: string;

  @ApiPropertyOptional({ pattern: ID.source, description: 'A provider partner’s organisation' })
  @IsOptional()
  @IsString()
  @Matches(ID, { message: `org ${ID_REASON}` })
  readonly org?: string;

  @ApiPropertyOptional({ maxLength: 100, description: 'Display name' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  readonly name?: string;
}

/** A development bearer token and when it expires. */
export class DevelopmentSignInResponseDto {
  @ApiProperty()
  readonly token!: string;

  @ApiProperty({ format: 'date-time' })
  readonly expiresAt!: string;
}
