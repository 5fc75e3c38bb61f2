import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { DomainError } from '../errors/domain-error';
import { httpStatusOf } from '../errors/error-status';
import { type ErrorBody } from './error-body';

/**
 * The one exception filter of an app: domain errors by kind, HTTP exceptions as they are, anything else as a
 * 500 that names no internals.
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
      { msg: 'unhandled error', method: request.method, url: request.url },
      exception instanceof Error ? exception.stack : String(exception),
    );
    return { statusCode: 500, error: 'INTERNAL', message: 'An unexpected error occurred' };
  }
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
