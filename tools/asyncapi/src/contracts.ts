import { AUDIT_CONTRACT } from '@casemgmt/audit';
import { CARE_PLAN_CONTRACT } from '@casemgmt/care-plan/published';
import { REFERRAL_CONTRACT } from '@casemgmt/referral/published';
import type { ServiceContract } from '@casemgmt/messaging';
import { INTAKE_CONTRACT } from '@casemgmt/intake/published';
import { PROVIDER_DIRECTORY_CONTRACT } from '@casemgmt/provider-directory/published';

// The published language of every service: docs/asyncapi.yaml is generated from this list (npm run asyncapi), and a
// unit test fails when the committed document differs from what it generates.
//
// Each service's own issue appends its categories and event types here, each event with the JSON Schema (draft-07)
// of its data. Categories are `<service>.<aggregate>` (`care-plan.plan`); an aggregate name has no '-'.
export const serviceContracts: readonly ServiceContract[] = [
  INTAKE_CONTRACT,
  CARE_PLAN_CONTRACT,
  REFERRAL_CONTRACT,
  PROVIDER_DIRECTORY_CONTRACT,
  AUDIT_CONTRACT,
];
