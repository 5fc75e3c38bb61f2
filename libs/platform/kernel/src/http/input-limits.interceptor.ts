import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { type OpenAPIObject } from '@nestjs/swagger';
import { type Observable } from 'rxjs';
import { pathParamViolations, stringViolations } from './input-limits';
import { validationFailed } from './validation.pipe';

/** Path parameters that are not UUIDs, by `METHOD /route/:template`: the pattern the OpenAPI document gives each. */
export type PathParamPatterns = ReadonlyMap<string, Readonly<Record<string, RegExp>>>;

interface HttpRequest {
  readonly method: string;
  readonly routeOptions?: { readonly url?: string };
  readonly params?: unknown;
  readonly query?: unknown;
  readonly body?: unknown;
}

/**
 * The input rules every route shares, checked once for the whole request after authentication (an anonymous caller
 * still gets 401, not a hint that the route exists): path parameters are UUIDs unless the OpenAPI document gives
 * one a pattern, and no string anywhere in the path, query or body holds a NUL character or half a surrogate pair.
 * A violation answers 400 VALIDATION_FAILED naming the field.
 */
@Injectable()
export class InputLimitsInterceptor implements NestInterceptor {
  constructor(private readonly patterns: PathParamPatterns) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<HttpRequest>();
    const route = `${request.method} ${request.routeOptions?.url ?? ''}`;
    const violations = [
      ...pathParamViolations(request.params, this.patterns.get(route)),
      ...stringViolations(request.query),
      ...stringViolations(request.body),
    ];
    if (violations.length > 0) throw validationFailed(violations);
    return next.handle();
  }
}

/**
 * Reads the path parameters the document gives a `pattern` (a param DTO's `@ApiProperty({ pattern })`), and marks
 * every other path parameter `format: uuid`, which is what the interceptor holds it to.
 */
export function pathParamPatternsOf(document: OpenAPIObject): PathParamPatterns {
  const patterns = new Map<string, Record<string, RegExp>>();
  for (const [path, item] of Object.entries(document.paths)) {
    const route = path.replace(/\{([^}]+)\}/g, ':$1');
    for (const [method, operation] of Object.entries({
      GET: item.get,
      PUT: item.put,
      POST: item.post,
      DELETE: item.delete,
      PATCH: item.patch,
    })) {
      for (const parameter of operation?.parameters ?? []) {
        if (!('in' in parameter) || parameter.in !== 'path' || !parameter.schema || '$ref' in parameter.schema)
          continue;
        const schema = parameter.schema;
        if (schema.pattern) {
          patterns.set(`${method} ${route}`, {
            ...patterns.get(`${method} ${route}`),
            [parameter.name]: new RegExp(schema.pattern),
          });
        } else {
          schema.format = 'uuid';
        }
      }
    }
  }
  return patterns;
}
