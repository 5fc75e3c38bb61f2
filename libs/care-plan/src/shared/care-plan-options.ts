import { Inject } from '@nestjs/common';

/** Care plan's configuration ({@link CarePlanSettings}): the agency's time zone and the programs' settings. */
export const CARE_PLAN_SETTINGS = Symbol('CARE_PLAN_SETTINGS');
export const InjectCarePlanSettings = (): ParameterDecorator => Inject(CARE_PLAN_SETTINGS);

/**
 * The event store care plan's handlers and queries use: `data.personal` is sealed with the client's key on append
 * and opened on read (see @casemgmt/personal-data); the relay and the audit trail read the plain store.
 */
export const CARE_PLAN_EVENT_STORE = Symbol('CARE_PLAN_EVENT_STORE');
export const InjectCarePlanEventStore = (): ParameterDecorator => Inject(CARE_PLAN_EVENT_STORE);

/**
 * The event store care plan's command handlers use: `data.personal` is sealed on append, and streams are folded as
 * stored, since no decider reads personal data (see `sealPersonalData`).
 */
export const CARE_PLAN_COMMAND_STORE = Symbol('CARE_PLAN_COMMAND_STORE');
export const InjectCarePlanCommandStore = (): ParameterDecorator => Inject(CARE_PLAN_COMMAND_STORE);
