import { Inject } from '@nestjs/common';

/** Configuration of the intake module, from the app's validated environment. */
export interface IntakeOptions {
  /** Open cases one case manager may hold before an assignment needs a supervisor's override. */
  readonly caseloadLimit: number;
  /** The agency's IANA time zone: a consent that expires on a date ends with that day there. */
  readonly timeZone: string;
}

export const INTAKE_OPTIONS = Symbol('INTAKE_OPTIONS');
export const InjectIntakeOptions = (): ParameterDecorator => Inject(INTAKE_OPTIONS);

/**
 * The event store intake's handlers and projections use: personal data in `data.personal` is sealed with the
 * client's key on append and opened on read (see @casemgmt/personal-data). The relay and the audit trail read the
 * plain store, so Kafka and the chain only ever see ciphertext.
 */
export const INTAKE_EVENT_STORE = Symbol('INTAKE_EVENT_STORE');
export const InjectIntakeEventStore = (): ParameterDecorator => Inject(INTAKE_EVENT_STORE);

/** The vault holding each client's data key (crypto-shredding erases a client's personal data). */
export const PERSONAL_DATA_VAULT = Symbol('PERSONAL_DATA_VAULT');
export const InjectPersonalDataVault = (): ParameterDecorator => Inject(PERSONAL_DATA_VAULT);

/** The blind index (keyed hashes under each tenant's search key) the client search read model is kept with. */
export const BLIND_INDEX = Symbol('BLIND_INDEX');
export const InjectBlindIndex = (): ParameterDecorator => Inject(BLIND_INDEX);
