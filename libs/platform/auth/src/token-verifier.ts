import { Logger } from '@nestjs/common';
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyOptions } from 'jose';
import type { ResolvedAuthOptions } from './auth.options';
import { SigningKeysUnavailableError, TokenRejectedError } from './auth.errors';
import { loadOrCreateDevelopmentKey } from './development-key';

// Asymmetric only: a shared-secret (HS*) or unsigned token must never pass, whatever its header says.
const PROVIDER_ALGORITHMS = ['RS256', 'ES256', 'EdDSA'];

// Verified tokens are remembered until they expire (at most this long), so a client sending the same token with
// every request pays for one signature check (ES256/RS256 verification was a tenth of a command's CPU).
const VERIFIED_TOKEN_TTL_MS = 60_000;
const VERIFIED_TOKENS_KEPT = 10_000;

/** Verifies bearer tokens against the configured JWKS endpoint or the development key. */
export class TokenVerifier {
  // Keyed by the whole compact token, signature included: only the exact bytes verified before can hit.
  private readonly verified = new Map<string, { readonly payload: JWTPayload; readonly until: number }>();

  private constructor(private readonly verifyJwt: (token: string) => Promise<JWTPayload>) {}

  static async create(options: ResolvedAuthOptions): Promise<TokenVerifier> {
    const checks: JWTVerifyOptions = {
      issuer: options.issuer,
      audience: options.audience,
      clockTolerance: options.clockToleranceSec,
      requiredClaims: ['exp', 'sub'],
    };
    const source = options.keySource;
    if (source.kind === 'jwks') {
      const keySet = createRemoteJWKSet(source.url);
      return new TokenVerifier(
        async (token) => (await jwtVerify(token, keySet, { ...checks, algorithms: PROVIDER_ALGORITHMS })).payload,
      );
    }
    const key = await loadOrCreateDevelopmentKey(source.file);
    new Logger(TokenVerifier.name).warn(
      `verifying tokens with the development key ${source.file}; never in production`,
    );
    return new TokenVerifier(
      async (token) => (await jwtVerify(token, key.publicKey, { ...checks, algorithms: [key.alg] })).payload,
    );
  }

  /** The verified claims; throws {@link TokenRejectedError} or {@link SigningKeysUnavailableError}. */
  async verify(token: string): Promise<JWTPayload> {
    const now = Date.now();
    const cached = this.verified.get(token);
    if (cached && cached.until > now) return cached.payload;
    if (cached) this.verified.delete(token);
    let payload: JWTPayload;
    try {
      payload = await this.verifyJwt(token);
    } catch (error) {
      throw translate(error);
    }
    // Never past `exp`: an expired token is verified again, and refused.
    const until = Math.min(now + VERIFIED_TOKEN_TTL_MS, (payload.exp ?? 0) * 1_000);
    if (until > now) {
      if (this.verified.size >= VERIFIED_TOKENS_KEPT) this.verified.delete(this.verified.keys().next().value as string);
      this.verified.set(token, { payload, until });
    }
    return payload;
  }
}

function translate(error: unknown): Error {
  const reason = rejectionReason(error);
  // Anything else is the key source failing (JWKS unreachable, bad JWKS), not the caller's token.
  return reason
    ? new TokenRejectedError(reason)
    : new SigningKeysUnavailableError('signing keys unavailable', { cause: error });
}

function rejectionReason(error: unknown): string | undefined {
  if (error instanceof errors.JWTExpired) return 'token expired';
  if (error instanceof errors.JWTClaimValidationFailed) return `token claim "${error.claim}" rejected`;
  if (error instanceof errors.JOSEAlgNotAllowed) return 'signing algorithm not allowed';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'signature verification failed';
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) {
    return 'signing key not recognised';
  }
  if (
    error instanceof errors.JWSInvalid ||
    error instanceof errors.JWTInvalid ||
    error instanceof errors.JOSENotSupported
  ) {
    return 'malformed token';
  }
  return undefined;
}
