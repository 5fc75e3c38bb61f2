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
import { SignInHttpController } from './sign-in/sign-in.http.controller';
import { TokenVerifier } from './token-verifier';
import { UnmatchedRouteHook } from './unmatched-route.hook';

/** Options of {@link AuthModule.forRootAsync}: a factory, typically reading the app's validated configuration. */
export interface AuthModuleAsyncOptions {
  readonly imports?: ModuleMetadata['imports'];
  readonly inject?: (InjectionToken | OptionalFactoryDependency)[];
  readonly useFactory: (...deps: never[]) => AuthOptions | Promise<AuthOptions>;
}

/**
 * Installs the global {@link AuthGuard}: every HTTP route needs a bearer token and a role policy. Import once, in the
 * app module. Also serves the console's sign-in options (`/auth/sign-in`).
 */
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
      // Public, and closed unless the options open it: what a console calls before it has a token.
      controllers: [SignInHttpController],
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
