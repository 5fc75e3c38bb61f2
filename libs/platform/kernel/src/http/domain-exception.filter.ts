import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { DomainError } from '../errors/domain-error';
import { httpStatusOf } from '../errors/error-status';
import { type ErrorBody } from './error-body';
import { UUID_PATTERN } from './input-limits';

/**
 * The one exception filter of an app: domain errors by kind (authentication, authorisation and input validation
 * included), the HTTP exceptions Nest and Fastify raise themselves (unknown route, unreadable body) as they are,
 * anything else as a 500 that names no internals.
 */
@Catch()
export class DomainExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpErrors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const request = http.getRequest<FastifyRequest>();
    const correlationId = headerValue(request.headers['x-correlation-id']);
    const body = this.toBody(exception, request);
    if (exception instanceof DomainError && exception.answer.challenge !== undefined) {
      void reply.header('WWW-Authenticate', exception.answer.challenge);
    }
    void reply
      .status(body.statusCode)
      .header('content-type', 'application/json; charset=utf-8')
      .send(correlationId ? { ...body, correlationId } : body);
  }

  private toBody(exception: unknown, request: FastifyRequest): ErrorBody {
    if (exception instanceof DomainError) {
      return {
        statusCode: httpStatusOf(exception.kind),
        error: exception.code,
        message: exception.message,
        ...(exception.answer.violations ? { violations: exception.answer.violations } : {}),
        ...(exception.details ? { details: exception.details } : {}),
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      if (typeof response === 'object' && response !== null && 'error' in response && 'message' in response) {
        return { ...(response as ErrorBody), statusCode: status };
      }
      return { statusCode: status, error: errorName(status), message: exception.message };
    }
    this.logger.error(
      { msg: 'unhandled error', ...routeOf(request), ...errorOf(exception) },
      exception instanceof Error ? framesOf(exception) : undefined,
    );
    return { statusCode: 500, error: 'INTERNAL', message: 'An unexpected error occurred' };
  }
}

// Never the URL: a query string may carry names or dates of birth. The route template, and its ids when they are ids.
function routeOf(request: FastifyRequest): Record<string, unknown> {
  const params = typeof request.params === 'object' && request.params !== null ? request.params : {};
  const ids = Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, UUID_PATTERN.test(String(value)) ? value : '(not a UUID)']),
  );
  return {
    method: request.method,
    route: request.routeOptions.url ?? '(no route)',
    ...(Object.keys(ids).length ? { ids } : {}),
  };
}

// An error's message may quote the values that caused it (a database error names the rejected input), so the log
// keeps its class, its code and where it was thrown.
function errorOf(exception: unknown): Record<string, unknown> {
  if (!(exception instanceof Error)) return { error: typeof exception };
  const code = 'code' in exception && typeof exception.code === 'string' ? { code: exception.code } : {};
  return { error: exception.constructor.name, ...code };
}

function framesOf(error: Error): string {
  return (error.stack ?? '')
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .join('\n');
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function errorName(status: number): string {
  switch (status) {
    case 400:
      return 'BAD_REQUEST';
    case 401:
      return 'UNAUTHENTICATED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    case 405:
      return 'METHOD_NOT_ALLOWED';
    case 409:
      return 'CONFLICT';
    case 413:
      return 'PAYLOAD_TOO_LARGE';
    case 415:
      return 'UNSUPPORTED_MEDIA_TYPE';
    default:
      return status >= 500 ? 'INTERNAL' : 'HTTP_ERROR';
  }
}
