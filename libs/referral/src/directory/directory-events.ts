// Referral's own reading of the provider directory's events (HSDS 3.0 field names): the published type of each, and
// only the fields referral checks a target against. Nothing here comes from the directory's code (ADR 0018).

/** The published types referral follows, exactly as the directory's contract names them. */
export const DIRECTORY_EVENTS = {
  organizationRegistered: 'provider-directory.OrganizationRegistered.v1',
  organizationUpdated: 'provider-directory.OrganizationUpdated.v1',
  organizationSuspended: 'provider-directory.OrganizationSuspended.v1',
  organizationReinstated: 'provider-directory.OrganizationReinstated.v1',
  serviceRegistered: 'provider-directory.ServiceRegistered.v1',
  serviceUpdated: 'provider-directory.ServiceUpdated.v1',
  serviceSuspended: 'provider-directory.ServiceSuspended.v1',
  serviceReinstated: 'provider-directory.ServiceReinstated.v1',
  serviceCapacityUpdated: 'provider-directory.ServiceCapacityUpdated.v1',
  serviceAtLocationRegistered: 'provider-directory.ServiceAtLocationRegistered.v1',
  serviceAtLocationUpdated: 'provider-directory.ServiceAtLocationUpdated.v1',
} as const;

export const DIRECTORY_EVENT_TYPES: readonly string[] = Object.values(DIRECTORY_EVENTS);

/** HSDS 3.1 `service_capacity`, as much of it as referral reads. */
export interface CapacityV1 {
  readonly available: number;
}

/** The fields of a service referral reads; an update carries only those that changed (null clears). */
export interface ServiceFieldsV1 {
  readonly organization_id?: string | null;
  readonly status?: string | null;
  readonly service_capacity?: readonly CapacityV1[] | null;
}
export interface ServiceRegisteredV1 {
  readonly serviceId: string;
  readonly service: ServiceFieldsV1;
}
export interface ServiceUpdatedV1 {
  readonly serviceId: string;
  readonly changes: ServiceFieldsV1;
}
export interface ServiceIdV1 {
  readonly serviceId: string;
}
export interface ServiceCapacityUpdatedV1 {
  readonly serviceId: string;
  readonly service_capacity: readonly CapacityV1[];
}
export interface OrganizationFieldsV1 {
  readonly name?: string | null;
}
export interface OrganizationRegisteredV1 {
  readonly organizationId: string;
  readonly organization: OrganizationFieldsV1;
}
export interface OrganizationUpdatedV1 {
  readonly organizationId: string;
  readonly changes: OrganizationFieldsV1;
}
export interface OrganizationIdV1 {
  readonly organizationId: string;
}
export interface PlacementFieldsV1 {
  readonly service_id?: string | null;
  readonly location_id?: string | null;
}
export interface ServiceAtLocationRegisteredV1 {
  readonly serviceAtLocationId: string;
  readonly serviceAtLocation: PlacementFieldsV1;
}
export interface ServiceAtLocationUpdatedV1 {
  readonly serviceAtLocationId: string;
  readonly changes: PlacementFieldsV1;
}
