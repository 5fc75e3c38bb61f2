import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

// deploy/local/kafka/kafka.mjs is an ES module, which jest (ts-jest, CommonJS) cannot import on Node 20: each test
// drives it from a child node process and reads a JSON line from its stdout. Each test starts its own broker
// (~5 s, ~320 MiB), so keep this file to the one test of the lifecycle the test infrastructure relies on.
const launcher = path.resolve(__dirname, '../../../../../deploy/local/kafka/kafka.mjs');

interface LaunchReport {
  brokers: string;
  pid: number;
  runDir: string;
  version: string;
  clusterNodeIds: number[];
  runDirExisted: boolean;
  alive?: boolean;
  runDirExists?: boolean;
}

async function runLauncherScript(body: string): Promise<LaunchReport> {
  const script = `
    import fs from 'node:fs';
    import kafkajs from 'kafkajs';
    import { startKafkaBroker, isAlive } from ${JSON.stringify(launcher)};
    const broker = await startKafkaBroker({ log: () => {} });
    const admin = new kafkajs.Kafka({ brokers: [broker.brokers], logLevel: kafkajs.logLevel.NOTHING }).admin();
    await admin.connect();
    const cluster = await admin.describeCluster();
    await admin.disconnect();
    const report = {
      brokers: broker.brokers, pid: broker.pid, runDir: broker.runDir, version: broker.version,
      clusterNodeIds: cluster.brokers.map((b) => b.nodeId), runDirExisted: fs.existsSync(broker.runDir),
    };
    ${body}
  `;
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
    cwd: path.dirname(launcher),
    timeout: 150_000,
  });
  const line = stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(line) as LaunchReport;
}

// Without Java this fails, as it should: the launcher is how CI gets its broker.
describe('local Kafka launcher (deploy/local/kafka)', () => {
  it('starts a KRaft broker 3.9.2 that answers on 127.0.0.1, and stop ends its process and removes its run folder', async () => {
    const report = await runLauncherScript(`
      await broker.stop();
      console.log(JSON.stringify({ ...report, alive: isAlive(broker.pid), runDirExists: fs.existsSync(broker.runDir) }));
    `);

    expect(report.brokers).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(report.version).toBe('3.9.2');
    expect(report.clusterNodeIds).toEqual([1]);
    expect(report.runDirExisted).toBe(true);
    expect(report.alive).toBe(false);
    expect(report.runDirExists).toBe(false);
  }, 180_000);
});
