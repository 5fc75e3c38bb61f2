import type { DynamicModule } from '@nestjs/common';
import { authOptionsOf } from '@casemgmt/auth';
import { carePlanOptionsOf } from '@casemgmt/care-plan';
import { HostModule } from '@casemgmt/host';
import { intakeOptionsOf } from '@casemgmt/intake';
import type { OpenApiInfo } from '@casemgmt/kernel';
import { referralOptionsOf } from '@casemgmt/referral';
import type { PlatformEnvironment } from './platform.environment';
import { platformServices } from './platform.host';
import { SessionHttpController } from './session/session.http.controller';

/** What the platform's OpenAPI document says of it. */
export const PLATFORM_HTTP: OpenApiInfo = {
  title: 'Case management platform',
  description: 'All-in-one deployment: intake, care plans, referrals, provider directory and audit.',
  version: '0.1.0',
};

/** The all-in-one app's module: every service on one PostgreSQL, the session route beside them. */
export function platformModule(env: PlatformEnvironment, databaseUrl: string): DynamicModule {
  return HostModule.forRoot({
    databaseUrl,
    auth: authOptionsOf(env),
    services: platformServices(intakeOptionsOf(env), carePlanOptionsOf(env), referralOptionsOf(env)),
    controllers: [SessionHttpController],
  });
}
