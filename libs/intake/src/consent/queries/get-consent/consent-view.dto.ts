import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ConsentStanding } from '../../consent-in-force';
import { CONSENT_STANDINGS, ConsentExpiryViewDto, ConsentRecipientViewDto } from '../../consent.dto';
import {
  CONSENT_PURPOSES,
  DISCLOSER_KINDS,
  INFORMATION_CATEGORIES,
  REVOCATION_METHODS,
  SIGNER_KINDS,
  type ConsentDiscloser,
  type ConsentPurpose,
  type InformationCategory,
  type RevocationMethod,
  type SignerKind,
} from '../../consent.types';
import type { ConsentView } from './get-consent.query';

// `GET /intake/consents/{id}` as the OpenAPI document describes it. The form's words are sealed with the client's
// key: once it is shredded they read null, and `personal` is null.

type ConsentInformation = ConsentView['information'];
type ConsentPersonal = NonNullable<ConsentView['personal']>;
type ConsentRevocation = NonNullable<ConsentView['revocation']>;

export class ConsentDiscloserViewDto implements ConsentDiscloser {
  @ApiProperty({ enum: DISCLOSER_KINDS })
  readonly kind!: (typeof DISCLOSER_KINDS)[number];

  @ApiProperty({ type: String, nullable: true, description: 'Null once erased' })
  readonly name!: string | null;

  @ApiPropertyOptional({ description: 'Their id in the agency or the provider directory' })
  readonly id?: string;
}

export class ConsentInformationViewDto implements ConsentInformation {
  @ApiProperty({ enum: INFORMATION_CATEGORIES, isArray: true })
  readonly categories!: InformationCategory[];

  @ApiProperty({ type: String, nullable: true, description: 'What is released, in the form’s words; null once erased' })
  readonly description!: string | null;
}

export class ConsentPersonalViewDto implements ConsentPersonal {
  @ApiProperty({ description: 'The name as signed' })
  readonly signatureName!: string;

  @ApiPropertyOptional({ description: 'Who signed for the patient (guardian or authorised representative)' })
  readonly representativeName?: string;

  @ApiPropertyOptional({ description: 'Notes about the signing' })
  readonly notes?: string;
}

export class ConsentRevocationViewDto implements ConsentRevocation {
  @ApiProperty({ format: 'date-time' })
  readonly revokedAt!: string;

  @ApiProperty({ enum: REVOCATION_METHODS })
  readonly method!: RevocationMethod;

  @ApiProperty({ type: String, nullable: true, description: 'Null when none was given, or once erased' })
  readonly reason!: string | null;
}

// Recipients and expiry are unions in the domain; their DTOs list the fields of both kinds as optional.
export class ConsentViewDto implements Omit<ConsentView, 'recipients' | 'expiry'> {
  @ApiProperty({ format: 'uuid' })
  readonly id!: string;

  @ApiProperty({ description: 'Version of the consent’s stream: send it as expectedVersion with a revocation' })
  readonly version!: number;

  @ApiProperty({ format: 'uuid' })
  readonly clientId!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The case it was taken in' })
  readonly caseId!: string | null;

  @ApiProperty({ type: ConsentDiscloserViewDto })
  readonly discloser!: ConsentDiscloserViewDto;

  @ApiProperty({ type: ConsentInformationViewDto })
  readonly information!: ConsentInformationViewDto;

  @ApiProperty({ type: [ConsentRecipientViewDto] })
  readonly recipients!: ConsentRecipientViewDto[];

  @ApiProperty({ enum: CONSENT_PURPOSES, isArray: true })
  readonly purpose!: ConsentPurpose[];

  @ApiProperty({ type: String, nullable: true, description: 'The purpose in the form’s words; null once erased' })
  readonly purposeDescription!: string | null;

  @ApiProperty({ description: 'Always true: a consent is not recorded without it' })
  readonly rightToRevokeAcknowledged!: true;

  @ApiProperty({ type: ConsentExpiryViewDto })
  readonly expiry!: ConsentExpiryViewDto;

  @ApiProperty({ format: 'date-time' })
  readonly signedAt!: string;

  @ApiProperty({ enum: SIGNER_KINDS })
  readonly signedBy!: SignerKind;

  @ApiProperty({ type: String, nullable: true, description: 'The statement that goes with each disclosure' })
  readonly redisclosureNotice!: string | null;

  @ApiProperty({ format: 'date-time' })
  readonly effectiveFrom!: string;

  @ApiProperty({ type: ConsentPersonalViewDto, nullable: true, description: 'Null once the client’s key is shredded' })
  readonly personal!: ConsentPersonalViewDto | null;

  @ApiProperty({ type: ConsentRevocationViewDto, nullable: true, description: 'Null until revoked' })
  readonly revocation!: ConsentRevocationViewDto | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When its expiry event occurred' })
  readonly expiryEventOccurredAt!: string | null;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When it stops applying by its expiry, where that is known',
  })
  readonly expiresAt!: string | null;

  @ApiProperty({ enum: CONSENT_STANDINGS, description: 'Where it stands now' })
  readonly standing!: ConsentStanding;
}
