/**
 * Personal data as stored: AES-256-GCM under the subject's own data key. The key's id and the algorithm travel with
 * it so a reader knows what to ask the vault for; the tenant and subject are bound in as additional data, so a
 * sealed value copied onto another client's event does not open.
 */
export interface SealedPersonalData {
  readonly $sealed: 'A256GCM';
  readonly keyId: string;
  readonly iv: string;
  readonly tag: string;
  readonly ciphertext: string;
}

/**
 * Holds one data key per (tenant, subject) and seals and opens personal data with it. Shredding deletes the key:
 * every copy of the data (events, Kafka, backups of the event tables) becomes unreadable at once.
 */
export interface PersonalDataVault {
  seal(tenantId: string, subjectId: string, value: unknown): Promise<SealedPersonalData>;
  /** The value sealed; `undefined` once the subject's key has been shredded. */
  open(tenantId: string, subjectId: string, sealed: SealedPersonalData): Promise<unknown>;
  /**
   * Several subjects' values at once, in order, as {@link open} answers each: for a page of records of many
   * clients, whose keys are read in one round trip rather than one each.
   */
  openMany(
    tenantId: string,
    items: readonly { readonly subjectId: string; readonly sealed: SealedPersonalData }[],
  ): Promise<unknown[]>;
  /** Deletes the subject's key; true when there was one to delete. */
  shred(tenantId: string, subjectId: string): Promise<boolean>;
  isShredded(tenantId: string, subjectId: string): Promise<boolean>;
}

export function isSealedPersonalData(value: unknown): value is SealedPersonalData {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { $sealed?: unknown }).$sealed === 'A256GCM' &&
    typeof (value as { ciphertext?: unknown }).ciphertext === 'string'
  );
}
