/** The JSON body of every error answer, whatever raised it. */
export interface ErrorBody {
  readonly statusCode: number;
  readonly error: string;
  readonly message: string;
  readonly violations?: readonly FieldViolation[];
  readonly details?: Readonly<Record<string, unknown>>;
  readonly correlationId?: string;
}

export interface FieldViolation {
  /** Dotted path of the offending field, e.g. `address.postalCode` or `needs.0.category`. */
  readonly field: string;
  readonly reasons: readonly string[];
}
