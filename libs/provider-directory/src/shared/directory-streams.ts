import { categoryOf } from '@casemgmt/event-store';
import { RECORD_KINDS, type RecordKind } from '../hsds/hsds.types';

const STREAM_PREFIX = {
  organization: 'provider-directory.organization',
  location: 'provider-directory.location',
  service: 'provider-directory.service',
  service_at_location: 'provider-directory.service_at_location',
  taxonomy: 'provider-directory.taxonomy',
  taxonomy_term: 'provider-directory.taxonomy_term',
} as const satisfies Record<RecordKind, string>;

/** `provider-directory.<record>-<id>`; HSDS ids are UUIDs, so the id holds dashes of its own. */
export function streamIdOf(kind: RecordKind, id: string): string {
  return `${STREAM_PREFIX[kind]}-${id}`;
}

/**
 * The store's category of each record's streams (`provider-directory.service`), derived with the store's own rule so
 * that subscriptions name exactly what the store records.
 */
export const DIRECTORY_CATEGORIES = Object.fromEntries(
  RECORD_KINDS.map((kind) => [kind, categoryOf(streamIdOf(kind, '00000000-0000-0000-0000-000000000000'))]),
) as { readonly [K in RecordKind]: string };

/** Every category the directory writes, without repeats. */
export const ALL_DIRECTORY_CATEGORIES: readonly string[] = [...new Set(Object.values(DIRECTORY_CATEGORIES))];
