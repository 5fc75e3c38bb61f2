import type { Provider, Type } from '@nestjs/common';
import { GetReferralMetricsHttpController } from './queries/get-referral-metrics/get-referral-metrics.http.controller';
import { GetReferralMetricsQuery } from './queries/get-referral-metrics/get-referral-metrics.query';

// The funnel reads referral's read model: what it adds to the module is its route.
export const FUNNEL_CONTROLLERS: readonly Type[] = [GetReferralMetricsHttpController];
export const FUNNEL_PROVIDERS: readonly Provider[] = [GetReferralMetricsQuery];
