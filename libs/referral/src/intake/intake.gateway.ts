import type { ConsentAtSend } from '../referral/referral.decider';

export const INTAKE_GATEWAY = Symbol('INTAKE_GATEWAY');
export interface IntakeGateway {
  consentAtSend(request: {
    readonly authorization: string;
    readonly clientId: string;
    readonly recipient: { readonly organizationId: string; readonly name: string };
    readonly categories: readonly string[];
    readonly purpose: string;
  }): Promise<ConsentAtSend | null>;
  clientValues(request: {
    readonly authorization: string;
    readonly clientId: string;
  }): Promise<Partial<Record<'name' | 'dateOfBirth' | 'preferredLanguage' | 'phone', string>>>;
}
