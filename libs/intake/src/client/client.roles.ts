import type { Role } from '@casemgmt/auth';

// Who may do what with client records (DESIGN §8); provider partners see clients only through referrals.
export const CLIENT_WRITERS = [
  'intake_worker',
  'case_manager',
  'supervisor',
  'admin',
] as const satisfies readonly Role[];
export const CLIENT_READERS = [
  'intake_worker',
  'case_manager',
  'supervisor',
  'auditor',
  'admin',
] as const satisfies readonly Role[];
export const CLIENT_MERGERS = ['supervisor', 'admin'] as const satisfies readonly Role[];
export const CLIENT_ERASERS = ['admin'] as const satisfies readonly Role[];
