import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** The `x-referral-signature` of a body: `sha256=` and the hex HMAC-SHA-256 of its exact bytes under the secret. */
export function signatureOf(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

/** What a partner does with a notification: check the signature in constant time before trusting it. */
export function verifySignature(body: string, secret: string, signature: string): boolean {
  const expected = Buffer.from(signatureOf(body, secret));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** A new webhook secret: 32 random bytes, base64url. */
export function newWebhookSecret(): string {
  return randomBytes(32).toString('base64url');
}
