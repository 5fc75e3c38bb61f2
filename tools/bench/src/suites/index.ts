import { type BenchSuite } from '../bench.types';
import { carePlanBench } from './care-plan.bench';
import { complianceBench } from './compliance.bench';
import { eventStoreBench } from './event-store.bench';
import { intakeBench } from './intake.bench';
import { messagingBench } from './messaging.bench';
import { providerDirectoryBench } from './provider-directory.bench';
import { referralBench } from './referral.bench';

/** Every suite `npm run bench` runs after the baselines, in this order. */
export const suites: readonly BenchSuite[] = [
  eventStoreBench,
  messagingBench,
  providerDirectoryBench,
  intakeBench,
  carePlanBench,
  referralBench,
  complianceBench,
];
