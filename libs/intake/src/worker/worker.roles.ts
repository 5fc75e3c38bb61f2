import type { Role } from '@casemgmt/auth';

// Who keeps the registry and who reads it (ADR 0013). Admins register staff; the people who assign cases list the
// workers of their own team, admins any team's.
export const WORKER_REGISTRARS = ['admin'] as const satisfies readonly Role[];
export const WORKER_READERS = ['admin', 'supervisor', 'intake_worker'] as const satisfies readonly Role[];
