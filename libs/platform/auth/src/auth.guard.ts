import { Inject, Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthErrors, SigningKeysUnavailableError, TokenRejectedError } from './auth.errors';
import type { ResolvedAuthOptions } from './auth.options';
import { AUTH_OPTIONS } from './auth.tokens';
import { attachRequestContext, buildRequestContext, type RequestContext, type RequestHeaders } from './request-context';
import { hasAnyRole } from './roles';
import { ROUTE_POLICY, type RoutePolicy } from './route-policy.decorator';
import { TokenVerifier } from './token-verifier';

interface HttpRequest {
  readonly headers: RequestHeaders;
  readonly params?: unknown;
  readonly query?: unknown;
  readonly body?: unknown;
}

const BEARER = /^Bearer +([A-Za-z0-9._~+/-]+=*)$/i;
const TENANT_FIELDS = ['tenantId', 'tenant'];

/** Global guard: bearer token, route policy (deny by default), tenant isolation; attaches the request context. */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
    @Inject(AUTH_OPTIONS) private readonly options: ResolvedAuthOptions,
  ) {}

  async canActivate(execution: ExecutionContext): Promise<boolean> {
    // Kafka and other transports carry no bearer token; DESIGN §8 puts the token on HTTP routes.
    if (execution.getType() !== 'http') return true;
    const policy = this.reflector.getAllAndOverride<RoutePolicy | undefined>(ROUTE_POLICY, [
      execution.getHandler(),
      execution.getClass(),
    ]);
    if (policy?.kind === 'public') return true;

    const http = execution.switchToHttp();
    const request = http.getRequest<HttpRequest>();
    const context = await this.authenticate(request);
    // Attached before the checks below, so a refused request's caller is known to whoever records refusals.
    attachRequestContext(request, context);

    if (!policy) {
      const route = `${execution.getClass().name}.${execution.getHandler().name}`;
      this.logger.warn(`${route} declares no @Roles, @AnyRole or @Public; request denied`);
      throw AuthErrors.forbidden('ROUTE_HAS_NO_ROLE_POLICY', 'this route declares no role policy');
    }
    const roles = context.actor.roles;
    const allowed = policy.kind === 'any-role' ? roles.length > 0 : hasAnyRole(roles, policy.roles);
    if (!allowed) {
      throw AuthErrors.forbidden('FORBIDDEN_ROLE', 'your roles do not allow this');
    }
    if (namesOtherTenant(request, context.tenantId)) {
      throw AuthErrors.forbidden('TENANT_MISMATCH', 'the request names another tenant');
    }

    return true;
  }

  private async authenticate(request: HttpRequest): Promise<RequestContext> {
    const authorization = request.headers['authorization'];
    if (authorization === undefined) throw AuthErrors.unauthenticated('Bearer', 'missing bearer token');
    const token = typeof authorization === 'string' ? BEARER.exec(authorization)?.[1] : undefined;
    if (!token) throw AuthErrors.unauthenticated('Bearer error="invalid_request"', 'malformed authorization header');
    try {
      const claims = await this.verifier.verify(token);
      return buildRequestContext(claims, request.headers, this.options);
    } catch (error) {
      if (error instanceof TokenRejectedError) {
        throw AuthErrors.unauthenticated('Bearer error="invalid_token"', error.message);
      }
      if (error instanceof SigningKeysUnavailableError) {
        this.logger.error(`cannot verify tokens, signing keys unavailable: ${String(error.cause)}`);
        throw AuthErrors.keysUnavailable();
      }
      throw error;
    }
  }
}

// Top-level fields only: a request may repeat its own tenant, but never name another one.
function namesOtherTenant(request: HttpRequest, tenantId: string): boolean {
  return [request.params, request.query, request.body].some(
    (source) =>
      isRecord(source) && TENANT_FIELDS.some((field) => Object.hasOwn(source, field) && source[field] !== tenantId),
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
