import {
  Module,
  type DynamicModule,
  type InjectionToken,
  type ModuleMetadata,
  type OptionalFactoryDependency,
} from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth.guard';
import { resolveAuthOptions, type AuthOptions, type ResolvedAuthOptions } from './auth.options';
import { AUTH_OPTIONS } from './auth.tokens';
import { TokenVerifier } from './token-verifier';
import { UnmatchedRouteHook } from './unmatched-route.hook';

/** Options of {@link AuthModule.forRootAsync}: a factory, typically reading the app's validated configuration. */
export interface AuthModuleAsyncOptions {
  readonly imports?: ModuleMetadata['imports'];
  readonly inject?: (InjectionToken | OptionalFactoryDependency)[];
  readonly useFactory: (...deps: never[]) => AuthOptions | Promise<AuthOptions>;
}

/** Installs the global {@link AuthGuard}: every HTTP route needs a bearer token and a role policy. Import once, in the app module. */
@Module({})
export class AuthModule {
  static forRoot(options: AuthOptions): DynamicModule {
    return AuthModule.forRootAsync({ useFactory: () => options });
  }

  static forRootAsync(options: AuthModuleAsyncOptions): DynamicModule {
    return {
      module: AuthModule,
      global: true,
      imports: options.imports ?? [],
      providers: [
        {
          provide: AUTH_OPTIONS,
          inject: options.inject ?? [],
          useFactory: async (...deps: never[]) => resolveAuthOptions(await options.useFactory(...deps)),
        },
        {
          provide: TokenVerifier,
          inject: [AUTH_OPTIONS],
          useFactory: (resolved: ResolvedAuthOptions) => TokenVerifier.create(resolved),
        },
        { provide: APP_GUARD, useClass: AuthGuard },
        UnmatchedRouteHook,
      ],
    };
  }
}
