import type {
  DisclosableField,
  FollowUpResult,
  ReferralEvent,
  ReferralReason,
  ReferralStatus,
  ReferralTarget,
  TargetWarning,
} from './referral.events';

export interface DisclosureRecord {
  readonly consentId: string;
  readonly purpose: string;
  readonly fields: readonly DisclosableField[];
  /** When the consent it was made under was revoked, once intake recorded it; the disclosure itself stands. */
  readonly consentRevokedAt: string | null;
}

/** A referral as its events tell it. */
export interface ExistingReferral {
  readonly exists: true;
  readonly referralId: string;
  readonly caseId: string;
  readonly need: string;
  readonly goalId: string | null;
  readonly target: ReferralTarget;
  readonly warnings: readonly TargetWarning[];
  readonly status: ReferralStatus;
  readonly createdBy: string;
  readonly disclosures: readonly DisclosureRecord[];
  readonly reason: ReferralReason | null;
  readonly outcome: { readonly deliveredOn: string; readonly description: string | null } | null;
  readonly followUp: { readonly result: FollowUpResult; readonly note: string | null } | null;
}

export type ReferralState = { readonly exists: false } | ExistingReferral;

export const initialReferralState = (): ReferralState => ({ exists: false });

export function evolveReferral(state: ReferralState, event: ReferralEvent): ReferralState {
  if (event.type === 'ReferralDrafted') {
    const { referralId, caseId, need, goalId, target, warnings, by } = event.data;
    return {
      exists: true,
      referralId,
      caseId,
      need,
      goalId,
      target,
      warnings,
      status: 'draft',
      createdBy: by,
      disclosures: [],
      reason: null,
      outcome: null,
      followUp: null,
    };
  }
  if (!state.exists) return state;
  switch (event.type) {
    case 'ReferralRequested':
      return { ...state, status: 'requested' };
    case 'ReferralDisclosed': {
      const { consentId, purpose, fields } = event.data;
      return {
        ...state,
        disclosures: [...state.disclosures, { consentId, purpose, fields, consentRevokedAt: null }],
      };
    }
    case 'ReferralConsentRevoked': {
      const { consentId, revokedAt } = event.data;
      return {
        ...state,
        disclosures: state.disclosures.map((disclosure) =>
          disclosure.consentId === consentId ? { ...disclosure, consentRevokedAt: revokedAt } : disclosure,
        ),
      };
    }
    case 'ReferralStatusChanged':
      return { ...state, status: event.data.to };
    case 'ReferralRejected':
      return { ...state, status: 'rejected', reason: event.data.reason };
    case 'ReferralFailed':
      return { ...state, status: 'failed', reason: event.data.reason };
    case 'ReferralCompleted':
      return {
        ...state,
        status: 'completed',
        outcome: { deliveredOn: event.data.deliveredOn, description: event.data.personal?.outcome ?? null },
      };
    case 'ReferralFollowedUp':
      return { ...state, followUp: { result: event.data.result, note: event.data.personal?.note ?? null } };
    default: {
      const unknownEvent: never = event;
      throw new Error(`unknown referral event ${JSON.stringify(unknownEvent)}`);
    }
  }
}
