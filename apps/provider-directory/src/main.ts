import { HostEnvironment, HostModule, hostOptionsOf } from '@casemgmt/host';
import { runHttpService, validateEnvironment } from '@casemgmt/kernel';
import { providerDirectoryService } from '@casemgmt/provider-directory';

// The provider directory as a service of its own: with KAFKA_BROKERS its events are relayed to its topic.
runHttpService({
  name: 'provider-directory',
  environment: () => validateEnvironment(HostEnvironment),
  module: (env) => HostModule.forRoot({ ...hostOptionsOf(env), services: [providerDirectoryService()] }),
  http: {
    title: 'Provider directory',
    description:
      'Open Referral HSDS 3.0 directory of community services: HSDS API, administration, capacity, search, history.',
    version: '0.1.0',
  },
});
