// The Apache Kafka jars, fetched from Maven Central once per version into <repo>/.cache/kafka/<version>/libs.
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const KAFKA_VERSION = '3.9.2';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../..');
const pomFile = path.join(here, 'pom.xml');
export const cacheDir = path.join(repoRoot, '.cache', 'kafka');
const libsDir = path.join(cacheDir, KAFKA_VERSION, 'libs');
const markerFile = path.join(libsDir, '.complete.json');

export const relative = (p) => path.relative(process.cwd(), p) || '.';

function sha256(file) {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** The libs folder is complete when its marker names the current pom and every jar it lists is present. */
function jarsComplete() {
  try {
    const marker = JSON.parse(fs.readFileSync(markerFile, 'utf8'));
    return (
      marker.version === KAFKA_VERSION &&
      marker.pomSha256 === sha256(pomFile) &&
      Array.isArray(marker.jars) &&
      marker.jars.length > 0 &&
      marker.jars.every((jar) => fs.existsSync(path.join(libsDir, jar)))
    );
  } catch {
    return false;
  }
}

/** Runs a command, collecting its output; rejects with that output when it fails. */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => reject(new Error(`${command} could not be started: ${error.message}`)));
    child.on('close', (code, signal) => {
      if (code === 0) resolve(output);
      else
        reject(
          new Error(
            `${command} ${args.slice(0, 3).join(' ')} ... failed (${signal ?? `exit ${code}`}):\n${output.trim()}`,
          ),
        );
    });
  });
}

/**
 * Copies kafka_2.13 and its runtime dependencies from Maven into .cache/kafka/<version>/libs unless already there.
 * Downloads into a private folder first and renames it, so concurrent starts never see a half-filled libs folder.
 * @returns {Promise<string>} the libs folder
 */
export async function ensureKafkaJars({ log = console.log } = {}) {
  if (jarsComplete()) return libsDir;
  const started = Date.now();
  const staging = `${libsDir}.tmp-${process.pid}-${randomBytes(3).toString('hex')}`;
  log(
    `Kafka: fetching Apache Kafka ${KAFKA_VERSION} jars with Maven into ${relative(libsDir)} (first time only; ~50 MB, about half a minute on a fast link)...`,
  );
  try {
    await run('mvn', [
      '-q',
      '-B',
      '-f',
      pomFile,
      'dependency:copy-dependencies',
      `-DoutputDirectory=${staging}`,
      '-DincludeScope=runtime',
    ]);
    const jars = fs
      .readdirSync(staging)
      .filter((name) => name.endsWith('.jar'))
      .sort();
    if (!jars.some((jar) => jar.startsWith(`kafka_2.13-${KAFKA_VERSION}`))) {
      throw new Error(`Maven finished but kafka_2.13-${KAFKA_VERSION}.jar is not in ${staging}`);
    }
    fs.writeFileSync(
      path.join(staging, path.basename(markerFile)),
      JSON.stringify(
        { version: KAFKA_VERSION, pomSha256: sha256(pomFile), jars, fetchedAt: new Date().toISOString() },
        null,
        2,
      ),
    );
    if (!jarsComplete()) {
      fs.rmSync(libsDir, { recursive: true, force: true });
      try {
        fs.renameSync(staging, libsDir);
      } catch (error) {
        if (!jarsComplete()) throw error; // otherwise a concurrent start won the race; its folder is as good as ours
      }
    }
    log(`Kafka: ${jars.length} jars ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return libsDir;
  } catch (error) {
    throw new Error(
      `Kafka: could not fetch the broker jars (needs Maven and access to Maven Central): ${error.message}`,
    );
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}
