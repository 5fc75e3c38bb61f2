import type { HostedService } from '@casemgmt/host';
import { PROVIDER_DIRECTORY_CONTRACT } from './provider-directory.contract';
import { PROVIDER_DIRECTORY_MIGRATIONS, READ_MODEL_SCHEMA } from './provider-directory.migrations';
import { ProviderDirectoryModule } from './provider-directory.module';

/** The provider directory as a host runs it: its module, the `provider_directory` schema, and its contract. */
export function providerDirectoryService(): HostedService {
  return {
    module: () => ProviderDirectoryModule,
    schema: { name: READ_MODEL_SCHEMA, migrations: PROVIDER_DIRECTORY_MIGRATIONS },
    contract: PROVIDER_DIRECTORY_CONTRACT,
  };
}
