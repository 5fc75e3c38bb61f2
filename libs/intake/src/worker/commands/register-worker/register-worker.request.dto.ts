import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { WorkerExpectedVersionDto } from '../../worker-http.dto';
import { WORKER_ROLES, type WorkerRole } from '../../worker.decider';

export class RegisterWorkerRequestDto extends WorkerExpectedVersionDto {
  @ApiProperty({ description: 'The name colleagues know the worker by', minLength: 1, maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  readonly displayName!: string;

  @ApiProperty({ description: 'The team the worker belongs to (the `team` claim of their token)', maxLength: 100 })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  readonly teamId!: string;

  @ApiProperty({ description: 'What the worker does in the team', enum: WORKER_ROLES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(WORKER_ROLES.length)
  @IsIn(WORKER_ROLES, { each: true })
  readonly roles!: WorkerRole[];
}
