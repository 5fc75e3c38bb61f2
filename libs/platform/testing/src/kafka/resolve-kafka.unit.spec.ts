import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

// infra/kafka.mjs is an ES module, which jest (ts-jest, CommonJS) cannot import on Node 20: run it in a child node.
const resolver = path.resolve(__dirname, '../infra/kafka.mjs');
const launcher = path.resolve(__dirname, '../../../../../deploy/local/kafka/kafka.mjs');

async function runModule(script: string, env: NodeJS.ProcessEnv): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...process.env, ...env },
    timeout: 20_000,
  });
  return stdout;
}

describe('resolveKafka', () => {
  it('takes KAFKA_BROKERS from the environment untouched, without asking for a container engine, and stops nothing', async () => {
    const stdout = await runModule(
      `
      import { resolveKafka } from ${JSON.stringify(resolver)};
      const lines = [];
      const kafka = await resolveKafka({ log: (line) => lines.push(line) });
      await kafka.stop();
      console.log(JSON.stringify({ brokers: kafka.brokers, source: kafka.source, lines }));
      `,
      { KAFKA_BROKERS: 'kafka-1.internal:9092,kafka-2.internal:9092', TESTCONTAINERS_DISABLED: 'true' },
    );

    expect(JSON.parse(stdout)).toEqual({
      brokers: 'kafka-1.internal:9092,kafka-2.internal:9092',
      source: 'environment (KAFKA_BROKERS)',
      lines: ['Kafka: kafka-1.internal:9092,kafka-2.internal:9092 from the environment (KAFKA_BROKERS)'],
    });
  });
});

describe('local Kafka launcher', () => {
  it('generates cluster ids Kafka accepts: 22 base64url characters, never starting with a dash', async () => {
    const stdout = await runModule(
      `
      import { newClusterId } from ${JSON.stringify(launcher)};
      console.log(JSON.stringify(Array.from({ length: 200 }, () => newClusterId())));
      `,
      {},
    );

    const ids = JSON.parse(stdout) as string[];
    expect(new Set(ids).size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_][A-Za-z0-9_-]{21}$/);
  });
});
