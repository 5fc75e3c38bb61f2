import { Body, Controller, Get, Module, Param, Post } from '@nestjs/common';
import { type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Type } from 'class-transformer';
import { IsIn, IsISO8601, IsString, Length, ValidateNested } from 'class-validator';
import { DomainError } from '../errors/domain-error';
import { createHttpApp } from './create-http-app';

class AddressDto {
  @IsString()
  @Length(5, 10)
  readonly postalCode!: string;
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
}

@Module({ controllers: [CasesController] })
class TestModule {}

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
      url: '/cases/c-1/assign',
      headers: { 'x-correlation-id': 'corr-1' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toEqual({
      statusCode: 409,
      error: 'CASE.WRONG_VERSION',
      message: 'case c-1 changed since you read it',
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
});
