import type { EventHandler } from '@casemgmt/messaging';
import type { PersonalDataVault } from '@casemgmt/personal-data';
import { dataOf, type ClientPersonalDataErasedV1 } from './intake-events';

/**
 * When intake erases a client, care plan shreds the client's key in its own vault: in a deployment where care plan
 * has a database of its own, its copy of the key would otherwise keep the plans and casework it sealed readable.
 * Where the vault is shared with intake (one database), the key is gone already and nothing changes. The vault then
 * refuses to seal anything new for the client.
 */
export function clientErasureHandler(vault: PersonalDataVault): EventHandler {
  return async (event) => {
    const { clientId } = dataOf<ClientPersonalDataErasedV1>(event);
    await vault.shred(event.metadata.tenantId, clientId);
  };
}
