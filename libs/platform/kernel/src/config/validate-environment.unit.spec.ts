import { IsIn, IsInt, IsOptional, IsUrl, Max, Min } from 'class-validator';
import { EnvironmentError, validateEnvironment } from './validate-environment';

class ExampleEnvironment {
  @IsInt()
  @Min(1)
  @Max(65535)
  readonly PORT: number = 3000;

  @IsIn(['error', 'warn', 'log'])
  readonly LOG_LEVEL: string = 'log';

  @IsOptional()
  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false })
  readonly DATABASE_URL?: string;
}

describe('validateEnvironment', () => {
  it('applies defaults and converts numbers', () => {
    const env = validateEnvironment(ExampleEnvironment, { PORT: '8080', UNRELATED: 'x' });
    expect(env.PORT).toBe(8080);
    expect(env.LOG_LEVEL).toBe('log');
    expect(env).not.toHaveProperty('UNRELATED');
  });

  it('treats an empty variable as unset', () => {
    expect(validateEnvironment(ExampleEnvironment, { PORT: '', DATABASE_URL: '' }).PORT).toBe(3000);
  });

  it('names every bad variable and the reason', () => {
    try {
      validateEnvironment(ExampleEnvironment, { PORT: '70000', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://x' });
      throw new Error('expected an EnvironmentError');
    } catch (error) {
      expect(error).toBeInstanceOf(EnvironmentError);
      const problems = (error as EnvironmentError).problems;
      expect(problems).toHaveLength(3);
      expect(problems.join('\n')).toMatch(/^PORT: PORT must not be greater than 65535/m);
      expect(problems.join('\n')).toMatch(
        /^LOG_LEVEL: LOG_LEVEL must be one of the following values: error, warn, log/m,
      );
      expect(problems.join('\n')).toMatch(/^DATABASE_URL: DATABASE_URL must be a URL address/m);
    }
  });
});
