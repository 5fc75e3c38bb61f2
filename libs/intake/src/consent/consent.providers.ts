import type { Provider, Type } from '@nestjs/common';
import type { SchemaMigration } from '@casemgmt/kernel';
import type { BlindIndex } from '@casemgmt/personal-data';
import type { Projection } from '@casemgmt/read-model';
import { RecordConsentExpiryEventHandler } from './commands/record-consent-expiry-event/record-consent-expiry-event.handler';
import { RecordConsentExpiryEventHttpController } from './commands/record-consent-expiry-event/record-consent-expiry-event.http.controller';
import { RecordConsentHandler } from './commands/record-consent/record-consent.handler';
import { RecordConsentHttpController } from './commands/record-consent/record-consent.http.controller';
import { RevokeConsentHandler } from './commands/revoke-consent/revoke-consent.handler';
import { RevokeConsentHttpController } from './commands/revoke-consent/revoke-consent.http.controller';
import { CONSENT_CALENDAR_PROVIDER } from './consent-calendar';
import { CONSENT_MIGRATIONS as MIGRATIONS } from './consent.migrations';
import { ConsentDirectiveRow } from './projections/consent-directive/consent-directive.entity';
import { consentDirectiveProjection } from './projections/consent-directive/consent-directive.projection';
import { GetConsentInForceHttpController } from './queries/get-consent-in-force/get-consent-in-force.http.controller';
import { GetConsentInForceQuery } from './queries/get-consent-in-force/get-consent-in-force.query';
import { GetConsentHttpController } from './queries/get-consent/get-consent.http.controller';
import { GetConsentQuery } from './queries/get-consent/get-consent.query';
import { ListClientConsentsHttpController } from './queries/list-client-consents/list-client-consents.http.controller';
import { ListClientConsentsQuery } from './queries/list-client-consents/list-client-consents.query';

// Everything the consent aggregate adds to the intake module; intake.module.ts gathers these lists.
// The in-force route comes before `:id` so that no router reads `in-force` as an id.
export const CONSENT_CONTROLLERS: readonly Type[] = [
  RecordConsentHttpController,
  RevokeConsentHttpController,
  RecordConsentExpiryEventHttpController,
  GetConsentInForceHttpController,
  GetConsentHttpController,
  ListClientConsentsHttpController,
];
export const CONSENT_PROVIDERS: readonly Provider[] = [
  CONSENT_CALENDAR_PROVIDER,
  RecordConsentHandler,
  RevokeConsentHandler,
  RecordConsentExpiryEventHandler,
  GetConsentInForceQuery,
  GetConsentQuery,
  ListClientConsentsQuery,
];
export const CONSENT_ENTITIES: readonly Type[] = [ConsentDirectiveRow];
/** The directive projection keeps recipients' names as blind-index terms: it is built with the blind index. */
export const consentProjections = (blindIndex: BlindIndex): readonly Projection[] => [
  consentDirectiveProjection(blindIndex),
];
export const CONSENT_MIGRATIONS: readonly SchemaMigration[] = MIGRATIONS;
