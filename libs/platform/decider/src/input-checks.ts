import type { DomainError } from '@casemgmt/kernel';

/** How an aggregate refuses a field: its own `invalid` error, answered as 400 with the field and the reason. */
export type InvalidField = (field: string, reason: string) => DomainError;

/** The checks of command input every decider makes, each refusing with its aggregate's own `invalid` error. */
export function inputChecks(invalid: InvalidField) {
  return {
    /** The text trimmed; refused when there is none. */
    required(field: string, value: string | undefined): string {
      const trimmed = typeof value === 'string' ? value.trim() : '';
      if (trimmed === '') throw invalid(field, 'is required');
      return trimmed;
    },
    /** The text trimmed, or undefined when there is none. */
    optional(value: string | undefined): string | undefined {
      const trimmed = typeof value === 'string' ? value.trim() : '';
      return trimmed === '' ? undefined : trimmed;
    },
    oneOf<T extends string>(field: string, value: string | undefined, allowed: readonly T[]): T {
      const found = allowed.find((candidate) => candidate === value);
      if (found === undefined) throw invalid(field, `must be one of ${allowed.join(', ')}`);
      return found;
    },
  };
}
