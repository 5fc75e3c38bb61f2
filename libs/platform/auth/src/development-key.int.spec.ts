import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeProtectedHeader, jwtVerify } from 'jose';
import { loadOrCreateDevelopmentKey, signDevelopmentToken } from './development-key';

describe('development key', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'casemgmt-dev-key-'));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('creates a private ES256 JWK readable only by the owner, in a new folder', async () => {
    const file = join(dir, 'nested', 'signing-key.json');
    const key = await loadOrCreateDevelopmentKey(file);

    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const jwk = JSON.parse(await readFile(file, 'utf8'));
    expect(jwk).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig', kid: key.kid });
    expect(jwk.d).toEqual(expect.any(String));
  });

  it('reuses the key on later calls', async () => {
    const file = join(dir, 'signing-key.json');
    const first = await loadOrCreateDevelopmentKey(file);
    const second = await loadOrCreateDevelopmentKey(file);
    expect(second.kid).toBe(first.kid);
  });

  it('ends with one key when many callers create it at the same time', async () => {
    const file = join(dir, 'signing-key.json');
    const keys = await Promise.all(Array.from({ length: 8 }, () => loadOrCreateDevelopmentKey(file)));
    const onDisk = JSON.parse(await readFile(file, 'utf8'));
    expect(new Set(keys.map((key) => key.kid))).toEqual(new Set([onDisk.kid]));
  });

  it('refuses a file that is not a private JWK', async () => {
    const file = join(dir, 'signing-key.json');
    await writeFile(file, 'not json');
    await expect(loadOrCreateDevelopmentKey(file)).rejects.toThrow(/is not a JSON Web Key/);
    await writeFile(file, JSON.stringify({ kty: 'oct', k: 'c2VjcmV0', alg: 'HS256', kid: 'x' }));
    await expect(loadOrCreateDevelopmentKey(file)).rejects.toThrow(/private ES256 or EdDSA JWK/);
  });

  it('signs tokens that verify with the public key', async () => {
    const keyFile = join(dir, 'signing-key.json');
    const token = await signDevelopmentToken({
      keyFile,
      sub: 'cm-17',
      tenant: 'county-a',
      roles: ['case_manager'],
      team: 'team-3',
      ttl: '1h',
    });
    const key = await loadOrCreateDevelopmentKey(keyFile);

    const { payload } = await jwtVerify(token, key.publicKey, { issuer: 'casemgmt-dev', audience: 'casemgmt-api' });
    expect(payload).toMatchObject({ sub: 'cm-17', tenant: 'county-a', roles: ['case_manager'], team: 'team-3' });
    expect(payload.exp! - payload.iat!).toBe(3600);
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'ES256', kid: key.kid, typ: 'JWT' });
  });
});
