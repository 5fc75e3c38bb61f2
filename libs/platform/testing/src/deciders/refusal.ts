import { DomainError } from '@casemgmt/kernel';

/** What a decider's refusal says: its code, its kind (the HTTP status it answers) and its details. */
export interface Refusal {
  readonly code: string;
  readonly kind: string;
  readonly details: unknown;
}

/**
 * The refusal a decision throws, or undefined when it decides: `expect(refusal(() => when(past, command)))`. Any
 * error other than a DomainError is a defect, and fails the spec as itself.
 */
export function refusal(run: () => unknown): Refusal | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, kind: error.kind, details: error.details };
    throw error;
  }
  return undefined;
}
