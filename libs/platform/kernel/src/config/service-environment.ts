import { IsIn, IsInt, IsString, Max, Min } from 'class-validator';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'] as const;

/** The variables every app reads (listener, logs, data folder); auth adds token verification, apps their own. */
export class ServiceEnvironment {
  @IsIn(['development', 'test', 'production'])
  readonly NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @IsString()
  readonly HOST: string = '0.0.0.0';

  @IsInt()
  @Min(0)
  @Max(65535)
  readonly PORT: number = 3000;

  @IsIn(LOG_LEVELS)
  readonly LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'log';

  @IsString()
  readonly DATA_DIR: string = '.data';
}
