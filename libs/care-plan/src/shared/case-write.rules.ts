import type { CommandMetadata } from '@casemgmt/decider';
import type { DomainError } from '@casemgmt/kernel';
import type { CarePlanGrant } from './care-plan-access.policy';
import { CaseErrors } from './case-errors';
import { CLOSED_STATUS, type CaseScope, type OnCase } from './case-scope';

/**
 * The case a command is on, if care plan knows it and the grant lets the actor do this to it (DESIGN §8, see
 * care-plan-access.policy.ts): not found for a case it has not heard of or one outside the actor's scope, so its
 * existence does not leak; `forbidden` (by default, write forbidden) for one the actor may only read.
 */
export function writableCase(
  data: OnCase,
  metadata: CommandMetadata,
  grant: CarePlanGrant | undefined,
  forbidden: (scope: CaseScope) => DomainError = (scope) =>
    CaseErrors.writeForbidden(scope.caseId, metadata.actor.roles ?? [metadata.actor.role]),
): CaseScope {
  const scope = data.case;
  if (!scope || scope.caseId !== data.caseId) throw CaseErrors.caseNotFound(data.caseId);
  switch (grant?.decision) {
    case 'granted':
      return scope;
    case 'forbidden':
      throw forbidden(scope);
    default:
      throw CaseErrors.caseNotFound(scope.caseId);
  }
}

export function isClosed(scope: CaseScope): boolean {
  return scope.status === CLOSED_STATUS;
}

/** A case that is not open takes no new work. */
export function assertCaseOpen(scope: CaseScope): void {
  if (isClosed(scope)) throw CaseErrors.caseNotOpen(scope.caseId, scope.status);
}
