import { randomBytes } from 'node:crypto';
import { brokerList } from '@casemgmt/messaging';
import { startReferralHost } from './testing/referral-host';
import { referralLoopSpecs } from './testing/referral-loop.specs';

// The distributed path on one host: intake and the directory relay their events to their topics and referral reads
// them back from Kafka. The topics outlive a run on a broker other suites share, so this run has a tenant and a
// consumer group of its own.
const RUN = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;

describe('a referral’s closed loop, with intake’s and the directory’s events over Kafka', () => {
  referralLoopSpecs((clientId) =>
    startReferralHost({
      name: 'referral-loop-kafka',
      clientId,
      tenant: `county-${RUN}`,
      kafkaBrokers: brokerList(process.env['KAFKA_BROKERS'] ?? ''),
      consumer: `referral-${RUN}`,
    }),
  );
});
