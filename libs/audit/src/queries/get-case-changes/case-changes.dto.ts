import { ApiExtraModels, ApiProperty, getSchemaPath, PickType } from '@nestjs/swagger';
import { CaseStateAsOfDto } from '../get-case-state/case-state.dto';
import { REPLAY_BASES, type ReplayBasis } from '../get-case-state/get-case-state.request.dto';
import { TimelineEntryDto } from '../get-case-timeline/case-timeline.dto';
import type { CaseChanges, ReplayedCase } from './get-case-changes.query';
import type { StateChange } from './state-diff';

// A value of the replayed states: any JSON value (OpenAPI 3.0 has no type list, so one alternative each).
const JSON_VALUE = {
  oneOf: [
    { type: 'string', nullable: true },
    { type: 'number' },
    { type: 'boolean' },
    { type: 'array', items: {} },
    { type: 'object', additionalProperties: true },
  ],
};
const POINTER = { description: 'Where, as a JSON Pointer (RFC 6901) into { state, related }; `` is the whole case' };

export class ReplayedCaseDto
  extends PickType(CaseStateAsOfDto, ['version', 'eventsApplied', 'state', 'related'] as const)
  implements ReplayedCase {}

export class StateAddedDto {
  @ApiProperty({ enum: ['added'] })
  readonly op!: 'added';
  @ApiProperty(POINTER)
  readonly path!: string;
  @ApiProperty({ ...JSON_VALUE, description: 'The value at `to`' })
  readonly after!: unknown;
}

export class StateRemovedDto {
  @ApiProperty({ enum: ['removed'] })
  readonly op!: 'removed';
  @ApiProperty(POINTER)
  readonly path!: string;
  @ApiProperty({ ...JSON_VALUE, description: 'The value at `from`' })
  readonly before!: unknown;
}

export class StateChangedDto {
  @ApiProperty({ enum: ['changed'] })
  readonly op!: 'changed';
  @ApiProperty(POINTER)
  readonly path!: string;
  @ApiProperty({ ...JSON_VALUE, description: 'The value at `from`' })
  readonly before!: unknown;
  @ApiProperty({ ...JSON_VALUE, description: 'The value at `to`' })
  readonly after!: unknown;
}

const STATE_CHANGE_DTOS = { added: StateAddedDto, removed: StateRemovedDto, changed: StateChangedDto };

/** GET /audit/cases/{caseId}/changes: the case at two moments, what differs, and the changes in between. */
@ApiExtraModels(ReplayedCaseDto, StateAddedDto, StateRemovedDto, StateChangedDto)
export class CaseChangesDto implements CaseChanges {
  @ApiProperty()
  readonly caseId!: string;
  @ApiProperty({ format: 'date-time' })
  readonly from!: string;
  @ApiProperty({ format: 'date-time' })
  readonly to!: string;
  @ApiProperty({ enum: REPLAY_BASES })
  readonly clock!: ReplayBasis;
  @ApiProperty({
    type: ReplayedCaseDto,
    nullable: true,
    description: 'The case at `from`; null when nothing about it had been recorded (or had happened) by then',
  })
  readonly before!: ReplayedCaseDto | null;
  @ApiProperty({ type: ReplayedCaseDto, nullable: true, description: 'The case at `to`; null as for `before`' })
  readonly after!: ReplayedCaseDto | null;
  @ApiProperty({
    type: 'array',
    items: {
      oneOf: Object.values(STATE_CHANGE_DTOS).map((dto) => ({ $ref: getSchemaPath(dto) })),
      discriminator: {
        propertyName: 'op',
        mapping: Object.fromEntries(Object.entries(STATE_CHANGE_DTOS).map(([op, dto]) => [op, getSchemaPath(dto)])),
      },
    },
    description: 'What differs between `before` and `after` (state and related streams), deepest first',
  })
  readonly differences!: StateChange[];
  @ApiProperty({
    type: [TimelineEntryDto],
    description: 'The changes in between (after `from`, up to `to` on the clock): what, who, when',
  })
  readonly entries!: TimelineEntryDto[];
}
