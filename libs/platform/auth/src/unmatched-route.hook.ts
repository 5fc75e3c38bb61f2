import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { type FastifyInstance, type FastifyRequest } from 'fastify';
import { AuthErrors } from './auth.errors';
import { TokenVerifier } from './token-verifier';

const BEARER = /^Bearer +([A-Za-z0-9._~+/-]+=*)$/i;

/**
 * Guards run only on routes that exist, so an unknown path would tell an anonymous caller which routes are there.
 * This hook answers 401 for unmatched paths unless the caller holds a valid token (who then gets the 404).
 */
@Injectable()
export class UnmatchedRouteHook implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly verifier: TokenVerifier,
  ) {}

  onModuleInit(): void {
    const adapter = this.adapterHost.httpAdapter;
    if (adapter?.getType() !== 'fastify') return;
    const fastify = adapter.getInstance<FastifyInstance>();
    fastify.addHook('onRequest', async (request: FastifyRequest) => {
      if (!request.is404 || (await this.holdsValidToken(request))) return;
      // Thrown, not sent: Fastify hands it to the app's error handler, the one exception filter.
      throw AuthErrors.unauthenticated('Bearer', 'missing or invalid bearer token');
    });
  }

  private async holdsValidToken(request: FastifyRequest): Promise<boolean> {
    const header = request.headers.authorization;
    const token = header ? BEARER.exec(header)?.[1] : undefined;
    if (!token) return false;
    return this.verifier.verify(token).then(
      () => true,
      () => false,
    );
  }
}
