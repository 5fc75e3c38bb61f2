import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEVELOPMENT_AUDIENCE, DEVELOPMENT_ISSUER, resolveAuthOptions } from './auth.options';
import { signDevelopmentToken } from './development-key';
import { TokenVerifier } from './token-verifier';

describe('token verifier', () => {
  let dir: string;
  let keyFile: string;
  let verifier: TokenVerifier;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'casemgmt-verifier-'));
    keyFile = join(dir, 'signing-key.json');
    verifier = await TokenVerifier.create(
      resolveAuthOptions({ issuer: DEVELOPMENT_ISSUER, audience: DEVELOPMENT_AUDIENCE, devKeyFile: keyFile }),
    );
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('answers a token it verified before with the same claims', async () => {
    const token = await signDevelopmentToken({ keyFile, sub: 'cm-17', tenant: 'county-a', roles: ['case_manager'] });
    const first = await verifier.verify(token);
    expect(await verifier.verify(token)).toBe(first);
    expect(first).toMatchObject({ sub: 'cm-17', tenant: 'county-a' });
  });

  it('does not accept a remembered token past its expiry', async () => {
    const token = await signDevelopmentToken({
      keyFile,
      sub: 'cm-18',
      tenant: 'county-a',
      roles: ['case_manager'],
      ttl: '1s',
    });
    await expect(verifier.verify(token)).resolves.toMatchObject({ sub: 'cm-18' });
    // exp has one-second resolution, and the verifier allows the configured clock tolerance beyond it.
    const options = resolveAuthOptions({
      issuer: DEVELOPMENT_ISSUER,
      audience: DEVELOPMENT_AUDIENCE,
      devKeyFile: keyFile,
    });
    await new Promise((resolve) => setTimeout(resolve, 2_100 + options.clockToleranceSec * 1_000));
    await expect(verifier.verify(token)).rejects.toThrow();
  }, 60_000);

  it('does not accept a token whose signature differs from one it remembered', async () => {
    const token = await signDevelopmentToken({ keyFile, sub: 'cm-19', tenant: 'county-a', roles: ['case_manager'] });
    await verifier.verify(token);
    const [header, payload, signature] = token.split('.');
    const forged = `${header}.${payload}.${(signature ?? '').slice(0, -2)}AA`;
    await expect(verifier.verify(forged)).rejects.toThrow();
  });
});
