import { Inject, type Provider } from '@nestjs/common';
import { INTAKE_OPTIONS, type IntakeOptions } from '../shared/intake-options';
import type { ConsentCalendar } from './consent-in-force';

/** The agency's calendar, in which an expiry date ends. */
export const CONSENT_CALENDAR = Symbol('CONSENT_CALENDAR');
export const InjectConsentCalendar = (): ParameterDecorator => Inject(CONSENT_CALENDAR);

export const CONSENT_CALENDAR_PROVIDER: Provider = {
  provide: CONSENT_CALENDAR,
  inject: [INTAKE_OPTIONS],
  useFactory: (options: IntakeOptions): ConsentCalendar => ({ timeZone: options.timeZone }),
};
