import { ApiProperty } from '@nestjs/swagger';

// `POST /intake/consents/in-force` as the OpenAPI document describes it.

export class ConsentInForceAnswerDto {
  @ApiProperty()
  readonly inForce!: boolean;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The consent that answers: the one in force, or the covering one not in force then; null when none',
  })
  readonly consentId!: string | null;

  @ApiProperty({ description: 'Why, in words' })
  readonly reason!: string;
}
