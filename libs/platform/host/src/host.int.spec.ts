import { Module } from '@nestjs/common';
import { startTestHost, type TestHost } from './testing';

@Module({})
class EmptyModule {}

// What every hosted app serves whatever its services: /health, and the services' schemas migrated on start.
describe('the host', () => {
  let host: TestHost;

  beforeAll(async () => {
    host = await startTestHost({
      name: 'host',
      database: 'host',
      services: [
        {
          module: () => EmptyModule,
          schema: {
            name: 'host_spec',
            migrations: [{ version: 1, name: 'table', sql: 'CREATE TABLE host_spec.t (id int)' }],
          },
        },
      ],
    });
  }, 60_000);

  afterAll(async () => {
    await host?.close();
  });

  it('serves /health with the database up, without a token', async () => {
    const response = await host.call('GET', '/health');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
  });

  it("brings every hosted service's schema up to date on start", async () => {
    const { rows } = await host.pool.query<{ version: number }>('SELECT version FROM host_spec.migrations');
    expect(rows).toEqual([{ version: 1 }]);
    await expect(host.pool.query('SELECT count(*) FROM host_spec.t')).resolves.toBeDefined();
  });
});
