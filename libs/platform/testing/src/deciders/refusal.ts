/** What a decider's refusal says: its code, its kind (the HTTP status it answers) and its details. */
export interface Refusal {
  readonly code: string;
  readonly kind: string;
  readonly details: unknown;
}

// A domain error as the kernel defines it, told by its shape: the kernel's own specs use this library.
function isDomainError(error: unknown): error is Error & Refusal {
  const candidate = error as Partial<Refusal> | null;
  return error instanceof Error && typeof candidate?.code === 'string' && typeof candidate.kind === 'string';
}

/**
 * The refusal a decision throws, or undefined when it decides: `expect(refusal(() => when(past, command)))`. Any
 * other error is a defect, and fails the spec as itself.
 */
export function refusal(run: () => unknown): Refusal | undefined {
  try {
    run();
  } catch (error) {
    if (isDomainError(error)) return { code: error.code, kind: error.kind, details: error.details };
    throw error;
  }
  return undefined;
}
