import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Actor, RequestContext } from './request-context';
import { ROLES, type Role } from './roles';

// The caller as the platform sees them (`GET /session`): what the auth guard made of the bearer token and headers.

export class ActorDto implements Actor {
  @ApiProperty({ description: 'The token’s subject' })
  readonly id!: string;

  @ApiProperty({ enum: ROLES, isArray: true, description: 'The known roles the token grants; others are ignored' })
  readonly roles!: Role[];

  @ApiPropertyOptional({ description: 'Display name, when the token carries one' })
  readonly name?: string;

  @ApiPropertyOptional({ description: 'The team claim' })
  readonly teamId?: string;

  @ApiPropertyOptional({ description: 'A provider partner’s organisation (the org claim)' })
  readonly organizationId?: string;

  @ApiPropertyOptional({ description: 'The party acting for the subject (the act claim’s subject)' })
  readonly onBehalfOf?: string;
}

export class RequestContextDto implements RequestContext {
  @ApiProperty()
  readonly tenantId!: string;

  @ApiProperty({ type: ActorDto })
  readonly actor!: ActorDto;

  @ApiProperty({ description: 'The request’s x-correlation-id, or a fresh UUID' })
  readonly correlationId!: string;

  @ApiPropertyOptional({ description: 'The request’s W3C traceparent, when valid' })
  readonly traceparent?: string;
}
