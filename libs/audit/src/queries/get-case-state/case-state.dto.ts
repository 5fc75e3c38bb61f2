import { ApiProperty } from '@nestjs/swagger';
import type { CaseStateAsOf } from './get-case-state.query';
import { REPLAY_BASES, type ReplayBasis } from './get-case-state.request.dto';

// `GET /audit/cases/{caseId}/state` as the OpenAPI document describes it. The states are each service's own (its
// evolve's), so they stay free-form objects here; implementing the interface keeps the envelope one with the answer.

export class CaseStateAsOfDto implements CaseStateAsOf {
  @ApiProperty()
  readonly caseId!: string;

  @ApiProperty({ format: 'date-time' })
  readonly asOf!: string;

  @ApiProperty({ enum: REPLAY_BASES })
  readonly basis!: ReplayBasis;

  @ApiProperty({ description: 'Version of the case’s intake stream as of then' })
  readonly version!: number;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'Intake’s case as it stood, folded with intake’s evolve',
  })
  readonly state!: unknown;

  @ApiProperty()
  readonly eventsApplied!: number;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'The case’s streams in other services: { carePlans, casework } each { version, state, eventsApplied } or ' +
      'null; referrals a list of { streamId, version, state, eventsApplied }',
  })
  readonly related!: CaseStateAsOf['related'];
}
