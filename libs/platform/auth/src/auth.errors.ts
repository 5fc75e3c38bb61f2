/** Codes in the `error` field of the 401/403/503 bodies the auth guard sends. */
export type AuthErrorCode =
  'UNAUTHENTICATED' | 'FORBIDDEN_ROLE' | 'ROUTE_HAS_NO_ROLE_POLICY' | 'TENANT_MISMATCH' | 'AUTH_KEYS_UNAVAILABLE';

/** A token that cannot be accepted; `message` is a short reason safe to show the caller. */
export class TokenRejectedError extends Error {
  override readonly name = 'TokenRejectedError';
}

/** The signing keys could not be fetched, so no token can be checked right now (not the caller's fault). */
export class SigningKeysUnavailableError extends Error {
  override readonly name = 'SigningKeysUnavailableError';
}
