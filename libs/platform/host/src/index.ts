export { eventSourceOf, HostModule, type HostOptions } from './host.module';
export type { EventSource, HostedService, ServiceSchema } from './hosted-service';
export { SERVICE_SCHEMAS, ServiceSchemas } from './service-schemas';
export { HostEnvironment, hostOptionsOf, withHostVariables } from './host-environment';
export { AgencyEnvironment, agencyOptionsOf, type AgencyOptions } from './agency-environment';
