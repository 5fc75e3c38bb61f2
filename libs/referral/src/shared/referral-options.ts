import { Inject } from '@nestjs/common';

/** Referral's configuration ({@link ReferralSettings}). */
export const REFERRAL_SETTINGS = Symbol('REFERRAL_SETTINGS');
export const InjectReferralSettings = (): ParameterDecorator => Inject(REFERRAL_SETTINGS);

/** The vault of the clients' data keys, the one intake seals with. */
export const REFERRAL_PERSONAL_DATA_VAULT = Symbol('REFERRAL_PERSONAL_DATA_VAULT');
export const InjectReferralVault = (): ParameterDecorator => Inject(REFERRAL_PERSONAL_DATA_VAULT);

/** The store referral's reads use: `data.personal` sealed on append and opened on read. */
export const REFERRAL_EVENT_STORE = Symbol('REFERRAL_EVENT_STORE');
export const InjectReferralEventStore = (): ParameterDecorator => Inject(REFERRAL_EVENT_STORE);

/** The store referral's command handlers use: sealed on append, folded as stored (no decider reads personal data). */
export const REFERRAL_COMMAND_STORE = Symbol('REFERRAL_COMMAND_STORE');
export const InjectReferralCommandStore = (): ParameterDecorator => Inject(REFERRAL_COMMAND_STORE);
