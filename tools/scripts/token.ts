// Mints a development bearer token: npm run -s token -- --role case_manager --tenant county-a --sub cm-17
import { parseArgs } from 'node:util';
import {
  DEVELOPMENT_AUDIENCE,
  DEVELOPMENT_ISSUER,
  DEVELOPMENT_KEY_FILE,
  ROLES,
  isRole,
  signDevelopmentToken,
  type Role,
} from '@casemgmt/auth';

const USAGE = `usage: npm run -s token -- --role <role>[,<role>] --tenant <id> --sub <id> [options]

  --role      one of ${ROLES.join(', ')}; repeat or comma-separate for several
  --tenant    tenant id (claim "tenant")
  --sub       subject, the actor id
  --name      display name          --team  team id (claim "team")      --org  organisation id (claim "org")
  --ttl       lifetime such as 30m, 1h, 2d (default 8h)
  --issuer    default ${DEVELOPMENT_ISSUER}
  --audience  default ${DEVELOPMENT_AUDIENCE}
  --key-file  development key JWK, created on first use (default ${DEVELOPMENT_KEY_FILE})

Prints only the token on stdout.`;

class UsageError extends Error {}

const TTL = /^\d+ ?(s|sec|secs|m|min|mins|h|hr|hrs|d|day|days|w)$/;

function parse(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      role: { type: 'string', multiple: true },
      tenant: { type: 'string' },
      sub: { type: 'string' },
      name: { type: 'string' },
      team: { type: 'string' },
      org: { type: 'string' },
      ttl: { type: 'string', default: '8h' },
      issuer: { type: 'string', default: DEVELOPMENT_ISSUER },
      audience: { type: 'string', default: DEVELOPMENT_AUDIENCE },
      'key-file': { type: 'string', default: DEVELOPMENT_KEY_FILE },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return undefined;

  const roleNames = (values.role ?? [])
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);
  if (roleNames.length === 0) throw new UsageError('--role is required');
  const unknown = roleNames.filter((role) => !isRole(role));
  if (unknown.length > 0)
    throw new UsageError(`unknown role ${unknown.join(', ')}; expected one of ${ROLES.join(', ')}`);
  if (!values.tenant) throw new UsageError('--tenant is required');
  if (!values.sub) throw new UsageError('--sub is required');
  if (!TTL.test(values.ttl)) throw new UsageError(`--ttl must look like 30m, 1h or 2d, got ${values.ttl}`);

  return {
    roles: [...new Set(roleNames)] as Role[],
    tenant: values.tenant,
    sub: values.sub,
    ttl: values.ttl,
    issuer: values.issuer,
    audience: values.audience,
    keyFile: values['key-file'],
    ...(values.name ? { name: values.name } : {}),
    ...(values.team ? { team: values.team } : {}),
    ...(values.org ? { org: values.org } : {}),
  };
}

async function main(): Promise<void> {
  const input = parse(process.argv.slice(2));
  if (!input) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  process.stdout.write(`${await signDevelopmentToken(input)}\n`);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    `token: ${message}\n${error instanceof UsageError || isParseError(error) ? `\n${USAGE}\n` : ''}`,
  );
  process.exitCode = 2;
});

function isParseError(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')
  );
}
