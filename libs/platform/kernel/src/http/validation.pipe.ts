import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { DomainError, type FieldViolation } from '../errors/domain-error';

/**
 * Input validation for every route: unknown fields are refused rather than silently dropped, and the answer
 * names each field with its reasons.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => validationFailed(flattenValidationErrors(errors)),
  });
}

/** The 400 answer naming each offending field with its reasons. */
export function validationFailed(violations: readonly FieldViolation[]): DomainError {
  const message = violations.map((v) => `${v.field}: ${v.reasons.join('; ')}`).join(' | ');
  return new DomainError('VALIDATION_FAILED', 'invalid', message, undefined, { violations });
}

export function flattenValidationErrors(errors: readonly ValidationError[], parent = ''): FieldViolation[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own: FieldViolation[] = error.constraints ? [{ field, reasons: Object.values(error.constraints) }] : [];
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}
