/** The roles of DESIGN §8. A token's role strings outside this list are ignored. */
export const ROLES = ['intake_worker', 'case_manager', 'supervisor', 'provider_partner', 'auditor', 'admin'] as const;

export type Role = (typeof ROLES)[number];

/** True when `value` is one of {@link ROLES}. */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** The known roles in a claim value (an array of strings, or one string), without duplicates. */
export function knownRoles(claim: unknown): readonly Role[] {
  const values: unknown[] = Array.isArray(claim) ? claim : [claim];
  return [...new Set(values.filter(isRole))];
}

/** True when the actor holds at least one of the required roles. */
export function hasAnyRole(held: readonly Role[], required: readonly Role[]): boolean {
  return required.some((role) => held.includes(role));
}
