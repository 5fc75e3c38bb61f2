import { Body, Controller, Get, Module, Param, Post, Query } from '@nestjs/common';
import { type NestFastifyApplication } from '@nestjs/platform-fastify';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsISO8601, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { type AddressInfo, connect } from 'node:net';
import { DomainError } from '../errors/domain-error';
import { createHttpApp } from './create-http-app';
import { DRAINED_BODY_LIMIT_BYTES } from './oversized-body';

class AddressDto {
  @IsString()
  @Length(5, 10)
  readonly postalCode!: string;
}

class NoteDto {
  @IsString()
  @Length(0, 100)
  readonly text!: string;
}

class OpenCaseDto {
  @IsString()
  @Length(1, 100)
  readonly program!: string;

  @IsIn(['emergency', 'urgent', 'routine'])
  readonly priority!: string;

  @IsISO8601()
  readonly occurredAt!: string;

  @ValidateNested()
  @Type(() => AddressDto)
  readonly address!: AddressDto;
}

@Controller('cases')
class CasesController {
  @Post()
  open(@Body() body: OpenCaseDto): { program: string } {
    return { program: body.program };
  }

  @Post(':id/assign')
  assign(@Param('id') id: string): never {
    throw new DomainError('CASE.WRONG_VERSION', 'conflict', `case ${id} changed since you read it`, {
      expected: 3,
      actual: 4,
    });
  }

  @Get('crash')
  crash(): never {
    throw new Error('connection string postgres://secret@db leaked?');
  }

  @Get(':id')
  get(@Param('id') id: string, @Query('name') name?: string): { id: string; name?: string } {
    return { id, ...(name === undefined ? {} : { name }) };
  }

  @Post(':id/notes')
  note(@Param('id') id: string, @Body() body: NoteDto): { id: string; text: string } {
    return { id, text: body.text };
  }

  @Get(':id/crash')
  crashWithId(@Param('id') _id: string, @Query('name') _name?: string): never {
    const error = new Error('invalid input syntax for type uuid: "Rosa Delgado"') as Error & { code: string };
    error.code = '22P02';
    throw error;
  }
}

const WORKER_ID = /^[a-z0-9-]{1,40}$/;

class WorkerIdParamDto {
  @ApiProperty({ description: 'The identity provider’s subject', pattern: WORKER_ID.source })
  @Matches(WORKER_ID)
  readonly workerId!: string;
}

@Controller('workers')
class WorkersController {
  @Get(':workerId')
  get(@Param() { workerId }: WorkerIdParamDto): { workerId: string } {
    return { workerId };
  }
}

@Module({ controllers: [CasesController, WorkersController] })
class TestModule {}

const CASE_ID = '0192f4c5-7a3e-7b8c-9d0e-1f2a3b4c5d6e';

describe('createHttpApp', () => {
  let app: NestFastifyApplication;
  const valid = {
    program: 'housing',
    priority: 'urgent',
    occurredAt: '2026-11-20T10:00:00Z',
    address: { postalCode: '94110' },
  };

  beforeAll(async () => {
    app = await createHttpApp(TestModule, { title: 't', description: 'd', version: '1', logLevel: 'fatal' });
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });

  afterAll(() => app.close());

  it('accepts a valid body', async () => {
    const res = await app.inject({ method: 'POST', url: '/cases', payload: valid });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ program: 'housing' });
  });

  it('answers 400 naming each bad field, nested ones by path, with the reason', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/cases',
      payload: { ...valid, priority: 'whenever', address: { postalCode: '1' } },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      statusCode: 400,
      error: 'VALIDATION_FAILED',
      violations: [
        { field: 'priority', reasons: ['priority must be one of the following values: emergency, urgent, routine'] },
        { field: 'address.postalCode', reasons: ['postalCode must be longer than or equal to 5 characters'] },
      ],
    });
  });

  it('refuses unknown fields rather than dropping them silently', async () => {
    const res = await app.inject({ method: 'POST', url: '/cases', payload: { ...valid, tenantId: 'county-b' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().violations).toEqual([{ field: 'tenantId', reasons: ['property tenantId should not exist'] }]);
  });

  it('answers 400 to a body that is not JSON', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/cases',
      headers: { 'content-type': 'application/json' },
      payload: '{"program": ',
    });
    expect(res.statusCode).toBe(400);
  });

  it('maps a domain conflict to 409 with its code and details', async () => {
    const res = await app.inject({
      method: 'POST',
      url: `/cases/${CASE_ID}/assign`,
      headers: { 'x-correlation-id': 'corr-1' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toEqual({
      statusCode: 409,
      error: 'CASE.WRONG_VERSION',
      message: `case ${CASE_ID} changed since you read it`,
      details: { expected: 3, actual: 4 },
      correlationId: 'corr-1',
    });
  });

  it('answers 500 to an unexpected error without revealing it', async () => {
    const res = await app.inject({ method: 'GET', url: '/cases/crash' });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ statusCode: 500, error: 'INTERNAL', message: 'An unexpected error occurred' });
    expect(res.body).not.toContain('secret');
  });

  it('publishes the OpenAPI description with bearer security', async () => {
    const res = await app.inject({ method: 'GET', url: '/docs/openapi.json' });
    expect(res.statusCode).toBe(200);
    expect(res.json().components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  describe('input limits (ADR 0015)', () => {
    const nested = (levels: number) => `{"text":"a","deep":${'['.repeat(levels - 1)}${']'.repeat(levels - 1)}}`;

    it('answers 400 JSON_TOO_DEEP to a body nested 5,000 levels deep, before any validation', async () => {
      for (const url of ['/cases', `/cases/${CASE_ID}/notes`]) {
        const res = await app.inject({
          method: 'POST',
          url,
          headers: { 'content-type': 'application/json' },
          payload: `${'['.repeat(5_000)}${']'.repeat(5_000)}`,
        });
        expect({ url, status: res.statusCode, body: res.json() }).toEqual({
          url,
          status: 400,
          body: {
            statusCode: 400,
            error: 'JSON_TOO_DEEP',
            message: 'The JSON body nests arrays and objects deeper than 32 levels',
          },
        });
      }
    });

    it('lets a body nested 32 levels through to validation, and refuses 33', async () => {
      const at32 = await app.inject({
        method: 'POST',
        url: `/cases/${CASE_ID}/notes`,
        headers: { 'content-type': 'application/json' },
        payload: nested(32),
      });
      expect(at32.json()).toMatchObject({ error: 'VALIDATION_FAILED', violations: [{ field: 'deep' }] });
      const at33 = await app.inject({
        method: 'POST',
        url: `/cases/${CASE_ID}/notes`,
        headers: { 'content-type': 'application/json' },
        payload: nested(33),
      });
      expect(at33.json()).toMatchObject({ error: 'JSON_TOO_DEEP' });
    });

    it('answers 400 JSON_TOO_MANY_ITEMS to a list of more than 1,000 items', async () => {
      const res = await app.inject({
        method: 'POST',
        url: `/cases/${CASE_ID}/notes`,
        headers: { 'content-type': 'application/json' },
        payload: `{"text":"a","list":[${new Array(100_000).fill('0').join(',')}]}`,
      });
      expect(res.json()).toEqual({
        statusCode: 400,
        error: 'JSON_TOO_MANY_ITEMS',
        message: 'An array or object in the JSON body holds more than 1000 items',
      });
    });

    it('counts brackets inside strings as text, not nesting', async () => {
      const res = await app.inject({
        method: 'POST',
        url: `/cases/${CASE_ID}/notes`,
        payload: { text: `${'[{'.repeat(40)}"\\` },
      });
      expect(res.statusCode).toBe(201);
    });

    it('answers 400 naming the parameter when a path id is not a UUID, on every route', async () => {
      for (const [method, url] of [
        ['GET', '/cases/not-a-uuid'],
        ['POST', '/cases/42/assign'],
        ['POST', '/cases/..%2F..%2Fetc/notes'],
      ] as const) {
        const res = await app.inject({ method, url, payload: method === 'POST' ? { text: 'a' } : undefined });
        expect({ url, status: res.statusCode, body: res.json() }).toMatchObject({
          url,
          status: 400,
          body: { error: 'VALIDATION_FAILED', violations: [{ field: 'id', reasons: ['id must be a UUID'] }] },
        });
      }
      expect((await app.inject({ method: 'GET', url: `/cases/${CASE_ID.toUpperCase()}` })).statusCode).toBe(200);
    });

    it('holds a path parameter to the pattern the OpenAPI document gives it instead, when it gives one', async () => {
      expect((await app.inject({ method: 'GET', url: '/workers/cm-17' })).json()).toEqual({ workerId: 'cm-17' });
      const res = await app.inject({ method: 'GET', url: '/workers/CM%2017' });
      expect(res.statusCode).toBe(400);
      expect(res.json().violations).toEqual([
        { field: 'workerId', reasons: ['workerId must match ^[a-z0-9-]{1,40}$'] },
      ]);
    });

    it('answers 400 to a NUL character in a body string, a query value or a path segment, and to half a surrogate pair', async () => {
      const body = await app.inject({ method: 'POST', url: `/cases/${CASE_ID}/notes`, payload: { text: 'a\u0000b' } });
      expect(body.statusCode).toBe(400);
      expect(body.json().violations).toEqual([{ field: 'text', reasons: ['text must not contain NUL characters'] }]);
      const nestedBody = await app.inject({
        method: 'POST',
        url: '/cases',
        payload: { ...valid, address: { postalCode: '9\u000011' } },
      });
      expect(nestedBody.json().violations).toEqual([
        { field: 'address.postalCode', reasons: ['address.postalCode must not contain NUL characters'] },
      ]);
      const query = await app.inject({ method: 'GET', url: `/cases/${CASE_ID}?name=Ro%00sa` });
      expect(query.statusCode).toBe(400);
      expect(query.json().violations).toEqual([{ field: 'name', reasons: ['name must not contain NUL characters'] }]);
      const path = await app.inject({ method: 'GET', url: '/workers/cm%0017' });
      expect(path.statusCode).toBe(400);
      const surrogate = await app.inject({
        method: 'POST',
        url: `/cases/${CASE_ID}/notes`,
        headers: { 'content-type': 'application/json' },
        payload: '{"text":"\\ud800"}',
      });
      expect(surrogate.json()).toMatchObject({ error: 'VALIDATION_FAILED', violations: [{ field: 'text' }] });
    });

    it('declares every path parameter a UUID in the OpenAPI document, unless it has a pattern', async () => {
      const document = (await app.inject({ method: 'GET', url: '/docs/openapi.json' })).json();
      const parameter = (path: string, method: string) => document.paths[path][method].parameters[0].schema;
      expect(parameter('/cases/{id}', 'get')).toEqual({ type: 'string', format: 'uuid' });
      expect(parameter('/cases/{id}/notes', 'post')).toEqual({ type: 'string', format: 'uuid' });
      expect(parameter('/workers/{workerId}', 'get')).toEqual({ type: 'string', pattern: '^[a-z0-9-]{1,40}$' });
    });
  });
});

describe('createHttpApp logging', () => {
  let app: NestFastifyApplication;
  let written = '';
  const capture = (chunk: string | Uint8Array): boolean => {
    written += String(chunk);
    return true;
  };

  beforeAll(async () => {
    jest.spyOn(process.stdout, 'write').mockImplementation(capture);
    jest.spyOn(process.stderr, 'write').mockImplementation(capture);
    app = await createHttpApp(TestModule, { title: 't', description: 'd', version: '1', logLevel: 'error' });
    await app.init();
    // Logs are buffered until the app listens; injected requests never listen.
    app.flushLogs();
    await app.getHttpAdapter().getInstance().ready();
  });

  afterAll(async () => {
    await app.close();
    jest.restoreAllMocks();
  });

  it('logs an unexpected error by route template and ids: no query string, no message that may quote input', async () => {
    const res = await app.inject({ method: 'GET', url: `/cases/${CASE_ID}/crash?name=Rosa%20Delgado&dob=1979-06-14` });
    expect(res.statusCode).toBe(500);
    const lines = written.trim().split('\n');
    const entry = JSON.parse(lines.find((line) => line.includes('/cases/:id/crash')) ?? '{}');
    expect(entry.message).toEqual({
      msg: 'unhandled error',
      method: 'GET',
      route: '/cases/:id/crash',
      ids: { id: CASE_ID },
      error: 'Error',
      code: '22P02',
    });
    expect(entry.stack).toContain('crashWithId');
    expect(written).not.toContain('Rosa');
    expect(written).not.toContain('1979');
  });
});

describe('createHttpApp over a socket: a body over the limit', () => {
  let app: NestFastifyApplication;
  let base: string;

  beforeAll(async () => {
    app = await createHttpApp(TestModule, { title: 't', description: 'd', version: '1', logLevel: 'fatal' });
    await app.listen(0, '127.0.0.1');
    base = await app.getUrl();
  });

  afterAll(() => app.close());

  const post = async (
    body: string,
  ): Promise<{ status: number | string; connection?: string | null; error?: unknown }> => {
    try {
      const response = await fetch(`${base.replace('[::1]', '127.0.0.1')}/cases`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      const answer = (await response.json()) as { error?: unknown };
      return { status: response.status, connection: response.headers.get('connection'), error: answer.error };
    } catch (error) {
      return { status: `no answer (${(error as { cause?: { code?: string } }).cause?.code ?? String(error)})` };
    }
  };

  it('answers 413 and reads the rest of the body, so every sender gets the answer, many at once', async () => {
    const body = JSON.stringify({ pad: 'x'.repeat(1_500_000) });
    const answers = await Promise.all(Array.from({ length: 24 }, () => post(body)));
    expect(new Set(answers.map((answer) => JSON.stringify(answer)))).toEqual(
      new Set([JSON.stringify({ status: 413, connection: 'keep-alive', error: 'PAYLOAD_TOO_LARGE' })]),
    );
    // The connections were kept and drained: a valid request is answered as usual afterwards.
    expect((await post(JSON.stringify(validCase))).status).toBe(201);
  });

  it('still cuts a body beyond what it is willing to read off at once', async () => {
    const answer = await post(JSON.stringify({ pad: 'x'.repeat(DRAINED_BODY_LIMIT_BYTES + 1) }));
    // Either the 413 with the connection closed, or, when the reset overtakes it, no answer at all.
    expect([`413 close`, 'no answer']).toContain(
      typeof answer.status === 'number'
        ? `${answer.status} ${answer.connection}`
        : answer.status.replace(/ \(.*\)$/, ''),
    );
  });
});

describe('createHttpApp closing while a body over the limit is drained', () => {
  it('ends the connection once the body is read, instead of holding the close until the keep-alive timeout', async () => {
    const app = await createHttpApp(TestModule, { title: 't', description: 'd', version: '1', logLevel: 'fatal' });
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as AddressInfo;
    const length = 1_500_000;
    const socket = connect(port, '127.0.0.1');
    const answered = new Promise<string>((resolve) => socket.once('data', (chunk) => resolve(String(chunk))));
    const ended = new Promise<void>((resolve) => socket.once('end', resolve));
    socket.write(
      `POST /cases HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: ${length}\r\n\r\n`,
    );
    socket.write('x'.repeat(1_000));
    expect(await answered).toMatch(/^HTTP\/1\.1 413 /);

    // The server closes while the rest of the body is still on its way.
    const closed = app.close();
    socket.write('x'.repeat(length - 1_000));
    await ended;
    await closed;
    socket.destroy();
    expect(app.getHttpServer().listening).toBe(false);
  });
});

const validCase = {
  program: 'housing',
  priority: 'urgent',
  occurredAt: '2026-11-20T10:00:00Z',
  address: { postalCode: '94110' },
};
