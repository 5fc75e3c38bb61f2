import {
  applyDecorators,
  Injectable,
  SetMetadata,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiParam } from '@nestjs/swagger';
import { type Observable } from 'rxjs';
import { pathParamViolations, stringViolations } from './input-limits';
import { validationFailed } from './validation.pipe';

const PATH_PARAM_PATTERNS = 'casemgmt:http:path-param-patterns';

/**
 * For a path parameter that is not a UUID (an identity provider's subject, say): the shape it must have instead,
 * enforced and published in the OpenAPI document. Keep patterns anchored and bounded in length.
 */
export const PathParamPattern = (name: string, pattern: RegExp, description: string): MethodDecorator =>
  applyDecorators(
    SetMetadata(PATH_PARAM_PATTERNS, { [name]: pattern }),
    ApiParam({ name, description, schema: { type: 'string', pattern: pattern.source } }),
  );

interface HttpRequest {
  readonly params?: unknown;
  readonly query?: unknown;
  readonly body?: unknown;
}

/**
 * The input rules every route shares, checked once for the whole request after authentication (an anonymous caller
 * still gets 401, not a hint that the route exists): path parameters are UUIDs, and no string anywhere in the path,
 * query or body holds a NUL character or half a surrogate pair. A violation answers 400 VALIDATION_FAILED naming the field.
 */
@Injectable()
export class InputLimitsInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<HttpRequest>();
    const patterns = this.reflector.get<Record<string, RegExp> | undefined>(PATH_PARAM_PATTERNS, context.getHandler());
    const violations = [
      ...pathParamViolations(request.params, patterns),
      ...stringViolations(request.query),
      ...stringViolations(request.body),
    ];
    if (violations.length > 0) throw validationFailed(violations);
    return next.handle();
  }
}
