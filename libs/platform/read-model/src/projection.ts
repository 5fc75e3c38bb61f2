import { type DomainEvent, type RecordedEvent } from '@casemgmt/event-store';

/** A TypeORM entity class: the read model's table, its columns and their names. */
export type EntityClass<T extends object = object> = new () => T;

type Row<T extends object> = { readonly [K in keyof T]?: T[K] };

/**
 * One write to a read model, by entity property names. A projection returns these; it never writes itself, so
 * it stays a pure function of the event that the runner, a rebuild or a test can apply alike.
 */
export type ReadModelChange =
  | {
      readonly kind: 'upsert';
      readonly entity: EntityClass;
      readonly values: Readonly<Record<string, unknown>>;
      /** Properties of the unique key; on conflict the other given values replace the stored ones. */
      readonly key: readonly string[];
    }
  | {
      readonly kind: 'update';
      readonly entity: EntityClass;
      readonly where: Readonly<Record<string, unknown>>;
      readonly set: Readonly<Record<string, unknown>>;
    }
  | { readonly kind: 'delete'; readonly entity: EntityClass; readonly where: Readonly<Record<string, unknown>> };

export function upsert<T extends object>(
  entity: EntityClass<T>,
  values: Row<T>,
  key: readonly (keyof T & string)[],
): ReadModelChange {
  return { kind: 'upsert', entity, values, key };
}

export function update<T extends object>(entity: EntityClass<T>, where: Row<T>, set: Row<T>): ReadModelChange {
  return { kind: 'update', entity, where, set };
}

export function remove<T extends object>(entity: EntityClass<T>, where: Row<T>): ReadModelChange {
  return { kind: 'delete', entity, where };
}

/**
 * A read model fed by events of some categories of the store. It declares the event types it takes and receives
 * only those, typed: `E` is a union discriminated by `type`, so `project` switches over it exhaustively, no cast.
 */
export interface Projection<E extends DomainEvent = DomainEvent> {
  /** Names the subscription (`projection:<name>:v<version>`); a new version starts again from the first event. */
  readonly name: string;
  readonly version: number;
  readonly categories: readonly string[];
  /** The types `project` takes; events of other types (another aggregate's, a newer version's) never reach it. */
  readonly eventTypes: readonly E['type'][];
  project(event: RecordedEvent<E>): readonly ReadModelChange[];
}

/** The changes a stored event makes to a projection's read model: none when the projection does not take its type. */
export function projectEvent(projection: Projection, event: RecordedEvent): readonly ReadModelChange[] {
  return projection.eventTypes.includes(event.type) ? projection.project(event) : [];
}

/**
 * The `default` of a projection's switch over the types it declares: the runner hands it no other type, and the
 * `never` parameter fails the build when a declared type has no case of its own.
 */
export function ignoreUnknownEvent(_event: never): [] {
  return [];
}
