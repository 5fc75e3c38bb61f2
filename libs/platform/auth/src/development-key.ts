import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, SignJWT, type CryptoKey, type JWK } from 'jose';
import { DEVELOPMENT_AUDIENCE, DEVELOPMENT_ISSUER, DEVELOPMENT_KEY_FILE } from './auth.options';
import type { Role } from './roles';

export type DevelopmentKeyAlgorithm = 'ES256' | 'EdDSA';

/** The development key pair, as read from its JWK file. */
export interface DevelopmentKey {
  readonly alg: DevelopmentKeyAlgorithm;
  readonly kid: string;
  readonly privateKey: CryptoKey;
  readonly publicKey: CryptoKey;
}

/**
 * Reads the development signing key from `file` (relative to the working directory), creating an ES256 key pair
 * there on first use with mode 0600. Safe when several processes start at once: the first one to create the file wins.
 */
export async function loadOrCreateDevelopmentKey(file: string = DEVELOPMENT_KEY_FILE): Promise<DevelopmentKey> {
  const path = resolve(file);
  try {
    return await importDevelopmentKey(await readFile(path, 'utf8'), path);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  const jwk: JWK = { ...(await exportJWK(privateKey)), alg: 'ES256', use: 'sig' };
  jwk.kid = await calculateJwkThumbprint(jwk);
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  try {
    await writeFile(path, `${JSON.stringify(jwk, null, 2)}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if (errorCode(error) !== 'EEXIST') throw error;
    return readKeyWrittenByAnotherProcess(path);
  }
  return importDevelopmentKey(JSON.stringify(jwk), path);
}

/** Claims of a development token; `ttl` is a jose time span such as `8h` or `30 min` (default `8h`). */
export interface DevelopmentTokenInput {
  readonly sub: string;
  readonly tenant: string;
  readonly roles: readonly Role[];
  readonly name?: string;
  readonly team?: string;
  readonly org?: string;
  readonly ttl?: string;
  readonly issuer?: string;
  readonly audience?: string;
  readonly keyFile?: string;
}

/** Signs a token the platform accepts when it verifies with the same development key file. */
export async function signDevelopmentToken(input: DevelopmentTokenInput): Promise<string> {
  const key = await loadOrCreateDevelopmentKey(input.keyFile);
  const claims = {
    tenant: input.tenant,
    roles: [...input.roles],
    ...(input.name ? { name: input.name } : {}),
    ...(input.team ? { team: input.team } : {}),
    ...(input.org ? { org: input.org } : {}),
  };
  return new SignJWT(claims)
    .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: 'JWT' })
    .setSubject(input.sub)
    .setIssuer(input.issuer ?? DEVELOPMENT_ISSUER)
    .setAudience(input.audience ?? DEVELOPMENT_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(input.ttl ?? '8h')
    .sign(key.privateKey);
}

async function importDevelopmentKey(text: string, path: string): Promise<DevelopmentKey> {
  let jwk: JWK;
  try {
    jwk = JSON.parse(text) as JWK;
  } catch {
    throw new Error(`${path} is not a JSON Web Key; delete it to create a new development key`);
  }
  const alg = jwk.alg;
  if (!isDevelopmentKeyAlgorithm(alg) || !jwk.d || !jwk.kid) {
    throw new Error(`${path} must hold a private ES256 or EdDSA JWK with "alg" and "kid"`);
  }
  const { d: _private, ...publicJwk } = jwk;
  return {
    alg,
    kid: jwk.kid,
    privateKey: (await importJWK(jwk, alg)) as CryptoKey,
    publicKey: (await importJWK(publicJwk, alg)) as CryptoKey,
  };
}

// The winner creates the file before writing it, so a loser may briefly read it empty or half-written.
async function readKeyWrittenByAnotherProcess(path: string): Promise<DevelopmentKey> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await importDevelopmentKey(await readFile(path, 'utf8'), path);
    } catch (error) {
      if (attempt >= 10) throw error;
      await sleep(20);
    }
  }
}

function isDevelopmentKeyAlgorithm(alg: unknown): alg is DevelopmentKeyAlgorithm {
  return alg === 'ES256' || alg === 'EdDSA';
}

// Not `instanceof Error`: errors from Node's fs may come from another realm (Jest's sandbox, for one).
function errorCode(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
}
