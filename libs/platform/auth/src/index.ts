export { AuthModule, type AuthModuleAsyncOptions } from './auth.module';
export {
  DEVELOPMENT_AUDIENCE,
  DEVELOPMENT_ISSUER,
  DEVELOPMENT_KEY_FILE,
  type AuthOptions,
  type SignInOptions,
} from './auth.options';
export { AuthEnvironment, authOptionsOf } from './auth.environment';
export type { AuthErrorCode } from './auth.errors';
export { AnyRole, Public, Roles } from './route-policy.decorator';
export { Ctx } from './request-context.decorator';
export { requestContextOf, type Actor, type RequestContext } from './request-context';
export { ActorDto, RequestContextDto } from './request-context.dto';
export { namedId, recordRefusedRequests, watchRefusedRequests, type RefusedRequest } from './refused-requests';
export { ROLES, isRole, type Role } from './roles';
export {
  loadOrCreateDevelopmentKey,
  signDevelopmentToken,
  type DevelopmentKey,
  type DevelopmentTokenInput,
} from './development-key';
export { HealthController } from './health.controller';
