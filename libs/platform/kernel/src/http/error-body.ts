import { type FieldViolation } from '../errors/domain-error';

/** The JSON body of every error answer, whatever raised it. */
export interface ErrorBody {
  readonly statusCode: number;
  readonly error: string;
  readonly message: string;
  readonly violations?: readonly FieldViolation[];
  readonly details?: Readonly<Record<string, unknown>>;
  readonly correlationId?: string;
}
