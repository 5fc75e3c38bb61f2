import type { Provider, Type } from '@nestjs/common';
import { CaseworkCommandHandler } from './casework-command.handler';
import { ArrangeTransportHttpController } from './commands/arrange-transport/arrange-transport.http.controller';
import { RecordMissedAppointmentFollowUpHttpController } from './commands/follow-up-missed-appointment/follow-up-missed-appointment.http.controller';
import { RecordAppointmentOutcomeHttpController } from './commands/record-appointment-outcome/record-appointment-outcome.http.controller';
import { RecordContactHttpController } from './commands/record-contact/record-contact.http.controller';
import { RecordMedicationCheckHttpController } from './commands/record-medication-check/record-medication-check.http.controller';
import { RescheduleAppointmentHttpController } from './commands/reschedule-appointment/reschedule-appointment.http.controller';
import { ScheduleAppointmentHttpController } from './commands/schedule-appointment/schedule-appointment.http.controller';
import { GetCaseworkHttpController } from './queries/get-casework/get-casework.http.controller';
import { GetCaseworkQuery } from './queries/get-casework/get-casework.query';

// Everything the casework aggregate adds to the care plan module.
export const CASEWORK_CONTROLLERS: readonly Type[] = [
  RecordContactHttpController,
  ScheduleAppointmentHttpController,
  RescheduleAppointmentHttpController,
  ArrangeTransportHttpController,
  RecordAppointmentOutcomeHttpController,
  RecordMissedAppointmentFollowUpHttpController,
  RecordMedicationCheckHttpController,
  GetCaseworkHttpController,
];
export const CASEWORK_PROVIDERS: readonly Provider[] = [CaseworkCommandHandler, GetCaseworkQuery];
