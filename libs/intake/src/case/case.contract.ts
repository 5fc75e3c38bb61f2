import {
  eventDataSchema,
  objectSchema,
  sealedPersonalSchema,
  type JsonSchema,
  type PublishedEventContract,
} from '@casemgmt/messaging';
import { SCREENING_INSTRUMENT_VERSIONS } from '../screening/score-screening';
import {
  CASE_OUTCOMES,
  CASE_PRIORITIES,
  NEED_CODES,
  REFERRAL_SOURCE_KINDS,
  REOPENED_STATUS,
  SAFETY_FOLLOW_UP_HOURS,
  WORKING_STATUSES,
  type CaseEvent,
} from './case.decider';

// JSON Schemas (draft-07) of the case events' data, as Kafka carries them: `personal` only ever sealed.

const id: JsonSchema = { type: 'string', minLength: 1 };
const dateTime: JsonSchema = { type: 'string', format: 'date-time' };
const instrument: JsonSchema = { enum: Object.keys(SCREENING_INSTRUMENT_VERSIONS) };
const need: JsonSchema = { enum: [...NEED_CODES] };
const workingStatus: JsonSchema = { enum: [...WORKING_STATUSES] };
const idOrNull: JsonSchema = { anyOf: [id, { type: 'null' }] };
const LEGACY = 'Only in events stored before ADR 0014, in clear; sealed in `personal` since.';

const sealed = sealedPersonalSchema;
const object = objectSchema;

const screeningResult = object(
  {
    instrument,
    instrumentVersion: id,
    positive: { type: 'boolean' },
    safetyFlag: { type: 'boolean' },
    needs: { type: 'array', items: need, uniqueItems: true },
  },
  {
    totalScore: { type: 'number' },
    band: { type: 'string' },
    domains: {
      type: 'object',
      additionalProperties: object({ positive: { type: 'boolean' } }, { score: { type: 'number' } }),
    },
  },
);

const eligibilityRules = object(
  {
    programId: id,
    name: { type: 'string' },
    povertyGuidelineYear: { type: 'integer' },
    region: { type: 'string' },
  },
  {
    minimumAge: { type: 'integer', minimum: 0 },
    maximumAge: { type: 'integer', minimum: 0 },
    counties: { type: 'array', items: { type: 'string' } },
    maximumIncomePercentOfPovertyLine: { type: 'number', minimum: 0 },
  },
);

const schemas: Readonly<Record<CaseEvent['type'], Omit<PublishedEventContract, 'type' | 'version'>>> = {
  CaseOpened: {
    summary: 'A case was opened for a client in a program, unassigned, in its team’s queue.',
    sealed: ['referralSourceName'],
    schema: eventDataSchema(
      {
        caseId: id,
        clientId: id,
        programId: id,
        priority: { enum: [...CASE_PRIORITIES] },
        referralSource: object({ kind: { enum: [...REFERRAL_SOURCE_KINDS] } }),
        teamId: id,
        openedBy: id,
      },
      { personal: sealed('The name of the referral source, when given') },
    ),
  },
  CaseStatusChanged: {
    summary: 'A case moved forward one status: opened → assessment → planning → services.',
    sealed: [],
    schema: eventDataSchema({ caseId: id, from: workingStatus, to: workingStatus }),
  },
  CaseClosed: {
    summary: 'A case was closed with an outcome; the reason is sealed.',
    sealed: ['reason'],
    schema: eventDataSchema({
      caseId: id,
      from: workingStatus,
      outcome: { enum: [...CASE_OUTCOMES] },
      personal: sealed('The reason for closing'),
    }),
  },
  CaseReopened: {
    summary: `A closed case was reopened; it starts again in ${REOPENED_STATUS}.`,
    sealed: ['reason'],
    schema: eventDataSchema({
      caseId: id,
      to: { const: REOPENED_STATUS },
      personal: sealed('The reason for reopening'),
    }),
  },
  CaseAssigned: {
    summary: 'A case was assigned or reassigned to a case manager; an override of the caseload limit is recorded.',
    sealed: ['overrideReason'],
    schema: eventDataSchema(
      { caseId: id, caseManagerId: id, previousCaseManagerId: idOrNull },
      {
        caseloadOverride: object({
          supervisorId: id,
          caseloadAtAssignment: { type: 'integer', minimum: 0 },
          limit: { type: 'integer', minimum: 0 },
        }),
        personal: sealed('The supervisor’s reason for the override'),
      },
    ),
  },
  CaseTransferred: {
    summary: 'A case moved to another team; the transfer ends its assignment.',
    sealed: ['reason'],
    schema: eventDataSchema({
      caseId: id,
      fromTeamId: id,
      toTeamId: id,
      unassignedCaseManagerId: idOrNull,
      personal: sealed('The reason for the transfer'),
    }),
  },
  ScreeningScored: {
    summary:
      'A screening was scored; its answers (sealed), instrument version and result are stored and can be rescored.',
    description: 'The result (scores, band, needs, safety flag) is in clear: the services that act on it need it.',
    sealed: ['answers', 'subject'],
    schema: eventDataSchema(
      {
        caseId: id,
        screeningId: id,
        instrument,
        instrumentVersion: id,
        result: screeningResult,
      },
      {
        personal: sealed('The answers given and the sex scored for'),
        answers: {
          type: 'object',
          description: LEGACY,
          additionalProperties: { anyOf: [{ type: 'number' }, { type: 'string' }] },
        },
        subject: { ...object({}, { sex: { enum: ['female', 'male'] } }), description: LEGACY },
      },
    ),
  },
  SafetyFlagRaised: {
    summary: `A screening found a safety risk (PHQ-9 item 9): follow-up is due within ${SAFETY_FOLLOW_UP_HOURS} hours.`,
    sealed: [],
    schema: eventDataSchema({
      caseId: id,
      screeningId: id,
      instrument,
      items: { type: 'array', items: { type: 'string' }, minItems: 1 },
      followUpDueBy: dateTime,
    }),
  },
  NeedIdentified: {
    summary: 'A need was identified, by a positive screen or by hand; openNeeds lists every open need after it.',
    sealed: ['note'],
    schema: eventDataSchema(
      {
        caseId: id,
        need,
        source: {
          oneOf: [
            object({ kind: { const: 'screening' }, screeningId: id, instrument }),
            object({ kind: { const: 'worker' } }),
          ],
        },
        openNeeds: { type: 'array', items: need, uniqueItems: true, minItems: 1 },
      },
      { personal: sealed('The worker’s note') },
    ),
  },
  EligibilityDetermined: {
    summary: 'Eligibility for a program was decided by its rules (recorded with them), one reason per rule.',
    description:
      'Which rule passed is in clear; what it found (the applicant’s age, county, income) is sealed in reasonDetails, in the order of reasons.',
    sealed: ['applicant', 'reasonDetails'],
    schema: eventDataSchema({
      caseId: id,
      programId: id,
      eligible: { type: 'boolean' },
      reasons: {
        type: 'array',
        items: object(
          { rule: { enum: ['age', 'county', 'income'] }, passed: { type: 'boolean' } },
          { detail: { type: 'string', description: LEGACY } },
        ),
      },
      rules: eligibilityRules,
      asOf: dateTime,
      personal: sealed('The applicant’s date of birth, county, household size and income, and what each rule found'),
    }),
  },
};

/** Published language of the Case aggregate (`intake.case-<id>` streams). */
export const CASE_PUBLISHED_EVENTS: readonly PublishedEventContract[] = Object.entries(schemas).map(
  ([type, contract]) => ({ type, version: 1, ...contract }),
);
