/**
 * The named fields of a request body that were given, and only those: a command's optional field is absent rather
 * than undefined, so what a caller left out stays out of the stored event.
 */
export function optionalOf<T extends object, K extends keyof T>(body: T, fields: readonly K[]): Partial<Pick<T, K>> {
  return Object.fromEntries(
    fields.filter((field) => body[field] !== undefined).map((field) => [field, body[field]]),
  ) as Partial<Pick<T, K>>;
}
