import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { flattenValidationErrors } from '../http/validation.pipe';

export class EnvironmentError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid environment:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'EnvironmentError';
  }
}

/**
 * Reads and validates an app's environment into its class of variables at boot; a bad value stops the process
 * with a message naming every variable that is wrong and why.
 */
export function validateEnvironment<T extends object>(
  schema: new () => T,
  environment: Readonly<Record<string, string | undefined>> = process.env,
): T {
  // Empty means unset, as in most shells' `VAR= command`; whitelisting drops every variable the class does not declare.
  const given = Object.fromEntries(
    Object.entries(environment).filter(([, value]) => value !== undefined && value !== ''),
  );
  const config = plainToInstance(schema, given, { enableImplicitConversion: true, exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: true, forbidUnknownValues: true });
  if (errors.length > 0) {
    throw new EnvironmentError(flattenValidationErrors(errors).map((v) => `${v.field}: ${v.reasons.join('; ')}`));
  }
  return config;
}
