import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** The file the console's build writes beside index.html: the paths of its screens, as route patterns. */
export const CONSOLE_ROUTES_FILE = 'routes.json';

/**
 * Nothing from elsewhere: the console talks to this origin and, when OIDC sign-in is configured, to its provider
 * over https. Scripts and styles are files of the build, never inline.
 */
export const CONSOLE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self' https:; frame-src 'self' https:; frame-ancestors 'none'; base-uri 'self'; form-action 'self' https:; object-src 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** The route patterns of the console's screens, as its build lists them; they must not start like an API route. */
export function consoleRoutesOf(text: string): string[] {
  const parsed: unknown = JSON.parse(text);
  if (!Array.isArray(parsed) || !parsed.every((route) => typeof route === 'string' && route.startsWith('/'))) {
    throw new Error(`${CONSOLE_ROUTES_FILE} must be a list of paths`);
  }
  return parsed;
}

/**
 * Serves the console's build at `/`: its hashed files under `/assets/` (compressed copies when the browser takes
 * them, cached for good since their names change with their content) and index.html at each of its screens' paths,
 * so a reload or a shared link of a screen opens the console there (the SPA fallback). Only those paths: every
 * other path stays the API's, and an unknown one still answers 401 to a caller without a token. Without a build
 * (an API-only deployment) it serves nothing and says so.
 */
export async function serveConsole(
  app: NestFastifyApplication,
  directory: string,
  log: (message: string) => void,
): Promise<void> {
  let index: Buffer;
  let routes: string[];
  try {
    index = await readFile(join(directory, 'index.html'));
    routes = consoleRoutesOf(await readFile(join(directory, CONSOLE_ROUTES_FILE), 'utf8'));
  } catch {
    log(`no console build in ${directory}: the console is not served (build it with: npx nx build console)`);
    return;
  }
  const fastify: FastifyInstance = app.getHttpAdapter().getInstance();
  await fastify.register(fastifyStatic, {
    root: join(directory, 'assets'),
    prefix: '/assets/',
    decorateReply: false,
    preCompressed: true,
    index: false,
    immutable: true,
    maxAge: '365d',
    setHeaders: (reply) => void reply.header('x-content-type-options', 'nosniff'),
  });
  const sendIndex = (reply: FastifyReply) =>
    reply
      .headers({ ...CONSOLE_SECURITY_HEADERS, 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' })
      .send(index);
  for (const route of routes.filter((path) => path !== '/')) {
    fastify.get(route, (_request, reply) => sendIndex(reply));
  }
  // `GET /` is also the provider directory's HSDS API root: a browser opening a page (it asks for HTML) gets the
  // console, every other caller the API's answer.
  fastify.addHook('onRequest', async (request, reply) => {
    if (request.method === 'GET' && request.url.split('?')[0] === '/' && asksForPage(request)) {
      return sendIndex(reply);
    }
    return undefined;
  });
  log(`console served at / from ${directory} (${routes.length} screens)`);
}

/** True for a browser's page navigation: it names text/html in Accept (an API client does not). */
export function asksForPage(request: Pick<FastifyRequest, 'headers'>): boolean {
  return /(^|,)\s*text\/html\b/i.test(request.headers.accept ?? '');
}
