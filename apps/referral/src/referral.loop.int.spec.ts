import { startReferralHost } from './testing/referral-host';
import { referralLoopSpecs } from './testing/referral-loop.specs';

// Intake, the directory and referral in one process, as the all-in-one app runs them: referral follows the cases
// and listings through the store's subscription and asks intake's routes, in process, for the consent at each send.
describe('a referral’s closed loop, all in one process', () => {
  referralLoopSpecs((clientId) => startReferralHost({ name: 'referral-loop', clientId }));
});
