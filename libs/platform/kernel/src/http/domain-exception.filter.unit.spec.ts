import { type ArgumentsHost, NotFoundException } from '@nestjs/common';
import { DomainError } from '../errors/domain-error';
import { DomainExceptionFilter } from './domain-exception.filter';
import { validationFailed } from './validation.pipe';

interface Answer {
  status?: number;
  headers: Record<string, string>;
  body?: unknown;
}

function answer(exception: unknown, requestHeaders: Record<string, string> = {}): Answer {
  const sent: Answer = { headers: {} };
  const reply = {
    status(code: number) {
      sent.status = code;
      return reply;
    },
    header(name: string, value: string) {
      sent.headers[name.toLowerCase()] = value;
      return reply;
    },
    send(body: unknown) {
      sent.body = body;
      return reply;
    },
  };
  const request = { headers: requestHeaders, method: 'GET', params: {}, routeOptions: { url: '/cases/:id' } };
  const host = {
    switchToHttp: () => ({ getResponse: () => reply, getRequest: () => request }),
  } as unknown as ArgumentsHost;
  new DomainExceptionFilter().catch(exception, host);
  return sent;
}

describe('DomainExceptionFilter', () => {
  it('answers an unauthenticated error 401 with its challenge in WWW-Authenticate', () => {
    const sent = answer(
      new DomainError('UNAUTHENTICATED', 'unauthenticated', 'token expired', undefined, {
        challenge: 'Bearer error="invalid_token"',
      }),
    );
    expect(sent.status).toBe(401);
    expect(sent.headers['www-authenticate']).toBe('Bearer error="invalid_token"');
    expect(JSON.stringify(sent.body)).toBe('{"statusCode":401,"error":"UNAUTHENTICATED","message":"token expired"}');
  });

  it('answers a forbidden error 403 with its code, and no challenge', () => {
    const sent = answer(new DomainError('FORBIDDEN_ROLE', 'forbidden', 'your roles do not allow this'));
    expect(sent.status).toBe(403);
    expect(sent.headers).not.toHaveProperty('www-authenticate');
    expect(JSON.stringify(sent.body)).toBe(
      '{"statusCode":403,"error":"FORBIDDEN_ROLE","message":"your roles do not allow this"}',
    );
  });

  it('answers failed validation 400 naming each field, after the message', () => {
    const sent = answer(
      validationFailed([
        { field: 'priority', reasons: ['priority must be one of the following values: urgent, routine'] },
        { field: 'address.postalCode', reasons: ['too short', 'not a string'] },
      ]),
    );
    expect(sent.status).toBe(400);
    expect(JSON.stringify(sent.body)).toBe(
      JSON.stringify({
        statusCode: 400,
        error: 'VALIDATION_FAILED',
        message:
          'priority: priority must be one of the following values: urgent, routine | address.postalCode: too short; not a string',
        violations: [
          { field: 'priority', reasons: ['priority must be one of the following values: urgent, routine'] },
          { field: 'address.postalCode', reasons: ['too short', 'not a string'] },
        ],
      }),
    );
  });

  it('answers an input limit 400 with its own code and no violations', () => {
    const sent = answer(new DomainError('JSON_TOO_DEEP', 'invalid', 'The JSON body nests too deep'));
    expect(sent.status).toBe(400);
    expect(sent.body).toEqual({ statusCode: 400, error: 'JSON_TOO_DEEP', message: 'The JSON body nests too deep' });
  });

  it('answers an unavailable error 503 and adds the correlation id to any answer', () => {
    const sent = answer(new DomainError('AUTH_KEYS_UNAVAILABLE', 'unavailable', 'cannot verify tokens right now'), {
      'x-correlation-id': 'corr-9',
    });
    expect(sent.status).toBe(503);
    expect(JSON.stringify(sent.body)).toBe(
      '{"statusCode":503,"error":"AUTH_KEYS_UNAVAILABLE","message":"cannot verify tokens right now","correlationId":"corr-9"}',
    );
  });

  it("still answers Nest's own HTTP exceptions as they are", () => {
    const sent = answer(new NotFoundException('Cannot GET /nowhere'));
    expect(sent.status).toBe(404);
    expect(sent.body).toEqual({ statusCode: 404, error: 'Not Found', message: 'Cannot GET /nowhere' });
  });
});
