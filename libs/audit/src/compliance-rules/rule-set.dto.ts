import { ApiExtraModels, ApiProperty, getSchemaPath, type ApiPropertyOptions } from '@nestjs/swagger';
import type {
  DeadlineRule,
  EventMatcher,
  FieldValue,
  Fine,
  LagRule,
  RecurringRule,
  RuleKind,
  RuleSet,
} from '../compliance/rule-set';
import { WORKLIST_ITEM } from '../compliance/rule-set';
import type { StoredRuleSet } from './stored-rule-sets';

// A rule set as the parser reads it (ADR 0035; `RULE_SET_JSON_SCHEMA` has its limits), so clients get its rules typed
// by kind. The answers hold the parsed form: `dueWithin` is always an object, `where` values always lists.

const DURATION = '^(P[1-9][0-9]{0,3}D|PT[1-9][0-9]{0,4}H)$';
const duration = {
  pattern: DURATION,
  description: 'Whole calendar days in the agency’s time zone (P14D) or hours (PT24H)',
};
const FIELD_PATH = '^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$';
const text = { minLength: 1, maxLength: 500 };

export class EventMatcherDto implements EventMatcher {
  @ApiProperty({
    pattern: '^[a-z][a-z-]*\\.[A-Z][A-Za-z]+\\.v[1-9][0-9]*$',
    description: 'A published event type, e.g. intake.CaseOpened.v1',
  })
  readonly type!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: {
      type: 'array',
      minItems: 1,
      items: { oneOf: [{ type: 'string', nullable: true }, { type: 'number' }, { type: 'boolean' }] },
    },
    description: 'Data field path (dotted) to the values it may hold; every field must match',
  })
  readonly where!: Record<string, FieldValue[]>;
}

// The matchers a rule needs at least one of (its cancelling events may be none).
const matchers: ApiPropertyOptions = { type: [EventMatcherDto], minItems: 1 };

export class FineDto implements Fine {
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    maximum: 100_000_000,
    description: 'Per violation or late meeting, in whole cents',
  })
  readonly cents!: number;
  @ApiProperty({ enum: ['USD'] })
  readonly currency!: 'USD';
}

export class DueWithinDurationDto {
  @ApiProperty(duration)
  readonly duration!: string;
}

export class DueWithinByFieldDto {
  @ApiProperty({
    pattern: FIELD_PATH,
    description: 'The trigger’s data field the duration depends on (a case’s `priority`)',
  })
  readonly field!: string;
  @ApiProperty({ type: 'object', minProperties: 1, additionalProperties: { type: 'string', pattern: DURATION } })
  readonly durations!: Record<string, string>;
  @ApiProperty({
    type: String,
    nullable: true,
    ...duration,
    description: 'For a value not listed; null: such a trigger raises no obligation',
  })
  readonly otherwise!: string | null;
}

class RuleBaseDto {
  @ApiProperty(text)
  readonly id!: string;
  @ApiProperty(text)
  readonly description!: string;
  @ApiProperty({ type: FineDto })
  readonly fine!: FineDto;
}

/** An obligation at each trigger event, due a duration later, met by the first later event of given types. */
@ApiExtraModels(DueWithinDurationDto, DueWithinByFieldDto)
export class DeadlineRuleDto extends RuleBaseDto implements DeadlineRule {
  @ApiProperty({ enum: ['deadline'] })
  readonly kind!: 'deadline';
  @ApiProperty(matchers)
  readonly arisesOn!: EventMatcherDto[];
  @ApiProperty({ oneOf: [{ $ref: getSchemaPath(DueWithinDurationDto) }, { $ref: getSchemaPath(DueWithinByFieldDto) }] })
  readonly dueWithin!: DueWithinDurationDto | DueWithinByFieldDto;
  @ApiProperty(matchers)
  readonly metBy!: EventMatcherDto[];
  @ApiProperty({ type: [EventMatcherDto], description: 'Events that end it unmet; one before the due time cancels it' })
  readonly cancelledBy!: EventMatcherDto[];
  @ApiProperty({
    type: String,
    nullable: true,
    pattern: FIELD_PATH,
    description: 'The data field correlating trigger, meeting, cancelling and restarting events (`referralId`)',
  })
  readonly key!: string | null;
  @ApiProperty({ description: 'Does a later trigger with the same key end this obligation and start the next?' })
  readonly restartsOnTrigger!: boolean;
  @ApiProperty({
    type: String,
    nullable: true,
    pattern: WORKLIST_ITEM.source,
    description:
      'The case manager’s worklist item this deadline stands for (first_contact, plan_approval, plan_review, ' +
      'referral_follow_up): the worklist shows them as one item',
  })
  readonly worklistItem!: string | null;
}

/** In each calendar month the case is open for the whole month, at least so many events of given types. */
export class RecurringRuleDto extends RuleBaseDto implements RecurringRule {
  @ApiProperty({ enum: ['recurring'] })
  readonly kind!: 'recurring';
  @ApiProperty({ enum: ['month'] })
  readonly period!: 'month';
  @ApiProperty(matchers)
  readonly openedBy!: EventMatcherDto[];
  @ApiProperty(matchers)
  readonly closedBy!: EventMatcherDto[];
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 1000 })
  readonly atLeast!: number;
  @ApiProperty(matchers)
  readonly of!: EventMatcherDto[];
}

/** Every event of given types recorded within a duration after it occurred. */
export class LagRuleDto extends RuleBaseDto implements LagRule {
  @ApiProperty({ enum: ['lag'] })
  readonly kind!: 'lag';
  @ApiProperty(matchers)
  readonly events!: EventMatcherDto[];
  @ApiProperty(duration)
  readonly within!: string;
}

const RULE_DTOS: Record<RuleKind, typeof DeadlineRuleDto | typeof RecurringRuleDto | typeof LagRuleDto> = {
  deadline: DeadlineRuleDto,
  recurring: RecurringRuleDto,
  lag: LagRuleDto,
};

/** A versioned set of rules for a tenant (null: every tenant) and a program (null: all programs). */
@ApiExtraModels(DeadlineRuleDto, RecurringRuleDto, LagRuleDto)
export class RuleSetDto implements RuleSet {
  @ApiProperty(text)
  readonly id!: string;
  @ApiProperty({ type: 'integer', minimum: 1 })
  readonly version!: number;
  @ApiProperty({ format: 'date', description: 'The agency’s calendar date from whose start the set is in effect' })
  readonly effectiveFrom!: string;
  @ApiProperty({ type: String, nullable: true, ...text, description: 'Null: the default set, for every tenant' })
  readonly tenantId!: string | null;
  @ApiProperty({ type: String, nullable: true, ...text, description: 'Null: all programs' })
  readonly programId!: string | null;
  @ApiProperty({
    type: 'array',
    minItems: 1,
    items: {
      oneOf: Object.values(RULE_DTOS).map((dto) => ({ $ref: getSchemaPath(dto) })),
      discriminator: {
        propertyName: 'kind',
        mapping: Object.fromEntries(Object.entries(RULE_DTOS).map(([kind, dto]) => [kind, getSchemaPath(dto)])),
      },
    },
  })
  readonly rules!: (DeadlineRuleDto | RecurringRuleDto | LagRuleDto)[];
}

export class RuleSetRecorderDto {
  @ApiProperty()
  readonly id!: string;
  @ApiProperty()
  readonly role!: string;
}

/** One stored version of a tenant's rule set. */
export class StoredRuleSetDto implements StoredRuleSet {
  @ApiProperty({ type: RuleSetDto })
  readonly ruleSet!: RuleSetDto;
  @ApiProperty({ format: 'date-time' })
  readonly recordedAt!: string;
  @ApiProperty({ type: RuleSetRecorderDto, description: 'Who stored it' })
  readonly recordedBy!: RuleSetRecorderDto;
}
