import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Matches, Min } from 'class-validator';

/** A worker id is the identity provider's subject: letters, digits and the few marks subjects use, no spaces. */
export const WORKER_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:@|+=-]{0,99}$/;

/** The `{workerId}` of a worker route. */
export class WorkerIdParamDto {
  @ApiProperty({ description: 'The worker’s user id (token subject)', pattern: WORKER_ID_PATTERN.source })
  @Matches(WORKER_ID_PATTERN, { message: 'workerId must be a token subject (letters, digits, . _ : @ | + = -)' })
  readonly workerId!: string;
}

/** What a write to the registry answers. */
export class WorkerWriteResponseDto {
  @ApiProperty({ description: 'Id of the worker written' })
  readonly id!: string;

  @ApiProperty({ description: 'Version of the worker’s stream now: send it as expectedVersion with the next change' })
  readonly version!: number;

  @ApiProperty({ description: 'False when the request changed nothing, so no event was recorded' })
  readonly changed!: boolean;
}

/** The version of the worker the admin read; a worker changed since answers 409. */
export class WorkerExpectedVersionDto {
  @ApiPropertyOptional({ description: 'Version of the worker the change is based on', minimum: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  readonly expectedVersion?: number;
}
