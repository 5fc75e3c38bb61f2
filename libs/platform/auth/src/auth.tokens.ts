/** Injection token of the {@link ResolvedAuthOptions}. */
export const AUTH_OPTIONS = Symbol('AUTH_OPTIONS');
