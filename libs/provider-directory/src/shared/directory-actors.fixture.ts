// The directory's actors in its specs: an administrator, and a provider partner of an organisation. Generic helpers
// (`given`, `recordedEvent`) are in @casemgmt/testing; these stay here because they are the directory's own roles.
import type { CommandMetadata } from '@casemgmt/decider';

export const ADMIN_METADATA: CommandMetadata = {
  tenantId: 'county-a',
  actor: { id: 'dir-admin-1', role: 'admin' },
  correlationId: 'corr-1',
  now: new Date('2026-03-01T09:00:00.000Z'),
};

export function partnerMetadata(organizationId: string | undefined): CommandMetadata {
  return {
    ...ADMIN_METADATA,
    actor: { id: 'pp-7', role: 'provider_partner', ...(organizationId ? { organizationId } : {}) },
  };
}
