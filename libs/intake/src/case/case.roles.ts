import type { Role } from '@casemgmt/auth';

// Who may do what with cases (DESIGN §8); which cases each may touch is case-access.policy.ts. Order matters: a
// caller holding several is allowed under the first that grants the request, and the events record that one.
export const CASE_OPENERS = ['admin', 'supervisor', 'case_manager', 'intake_worker'] as const satisfies readonly Role[];
export const CASE_WORKERS = ['admin', 'supervisor', 'case_manager', 'intake_worker'] as const satisfies readonly Role[];
export const CASE_CLOSERS = ['admin', 'supervisor', 'case_manager'] as const satisfies readonly Role[];
export const CASE_REOPENERS = ['admin', 'supervisor'] as const satisfies readonly Role[];
// Supervisor first: an assignment two held roles allow is recorded under the one answerable for the team.
export const CASE_ASSIGNERS = ['supervisor', 'admin', 'intake_worker'] as const satisfies readonly Role[];
export const CASE_TRANSFERRERS = ['admin', 'supervisor'] as const satisfies readonly Role[];
export const CASE_SCREENERS = ['admin', 'case_manager', 'intake_worker'] as const satisfies readonly Role[];
export const CASE_READERS = [
  'admin',
  'auditor',
  'supervisor',
  'case_manager',
  'intake_worker',
] as const satisfies readonly Role[];
