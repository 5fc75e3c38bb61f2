import { readOnlyDecider } from '@casemgmt/decider';
import { locationDecider as locationDecision } from './location/location.decider';
import { organizationDecider as organizationDecision } from './organization/organization.decider';
import { serviceAtLocationDecider as serviceAtLocationDecision } from './service-at-location/service-at-location.decider';
import { serviceDecider as serviceDecision } from './service/service.decider';
import { taxonomyTermDecider as taxonomyTermDecision } from './taxonomy-term/taxonomy-term.decider';
import { taxonomyDecider as taxonomyDecision } from './taxonomy/taxonomy.decider';

// What other contexts may use of the provider directory (ADR 0018): its published language, how its streams are
// named, and how its events fold into state. Nothing here reaches the module, its handlers or its read models.
export { PROVIDER_DIRECTORY_CONTRACT, PROVIDER_DIRECTORY_EVENT_TYPES } from './provider-directory.contract';
export { ALL_DIRECTORY_CATEGORIES, DIRECTORY_CATEGORIES, streamIdOf } from './shared/directory-streams';
export type { RecordKind } from './hsds/hsds.types';
export type { LocationEvent, LocationState } from './location/location.decider';
export type { OrganizationEvent, OrganizationState } from './organization/organization.decider';
export type { ServiceAtLocationEvent, ServiceAtLocationState } from './service-at-location/service-at-location.decider';
export type { ServiceEvent, ServiceState } from './service/service.decider';
export type { TaxonomyTermEvent, TaxonomyTermState } from './taxonomy-term/taxonomy-term.decider';
export type { TaxonomyEvent, TaxonomyState } from './taxonomy/taxonomy.decider';

/** Each record's `initialState` and `evolve`, read-only, for a replay of its streams. */
export const organizationDecider = readOnlyDecider(organizationDecision);
export const locationDecider = readOnlyDecider(locationDecision);
export const serviceDecider = readOnlyDecider(serviceDecision);
export const serviceAtLocationDecider = readOnlyDecider(serviceAtLocationDecision);
export const taxonomyDecider = readOnlyDecider(taxonomyDecision);
export const taxonomyTermDecider = readOnlyDecider(taxonomyTermDecision);
