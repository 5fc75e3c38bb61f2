import { Body, Controller, Get, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DomainError } from '@casemgmt/kernel';
import type { ResolvedAuthOptions } from '../auth.options';
import { AUTH_OPTIONS } from '../auth.tokens';
import { signDevelopmentToken } from '../development-key';
import { Public } from '../route-policy.decorator';
import { DevelopmentSignInRequestDto, DevelopmentSignInResponseDto, SignInOptionsDto } from './sign-in.dto';

const DEVELOPMENT_TOKEN_TTL = '8h';
const DEVELOPMENT_TOKEN_TTL_MS = 8 * 60 * 60 * 1_000;

/**
 * How the console signs people in: `GET /auth/sign-in` says which ways are open, and in development only
 * `POST /auth/sign-in/development` mints the token `npm run token` would, with the app's development key. Both are
 * public: they are what a person without a token calls first.
 */
@ApiTags('session')
@Controller('auth/sign-in')
export class SignInHttpController {
  constructor(@Inject(AUTH_OPTIONS) private readonly options: ResolvedAuthOptions) {}

  @Public()
  @Get()
  @ApiOperation({ summary: 'Which ways of signing in to the console are open here' })
  @ApiOkResponse({ type: SignInOptionsDto })
  signInOptions(): SignInOptionsDto {
    const clientId = this.options.signIn?.consoleClientId;
    return {
      development: this.developmentOpen(),
      oidc: clientId ? { authority: this.options.issuer, clientId, audience: this.options.audience } : null,
    };
  }

  @Public()
  @Post('development')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Development only: a token for the role, tenant and team picked, signed with the development key',
    description:
      'Open only when the app runs in development mode and verifies tokens with its development key; anywhere else it answers 404, as a route that does not exist.',
  })
  @ApiCreatedResponse({ type: DevelopmentSignInResponseDto })
  @ApiNotFoundResponse({ description: 'AUTH.DEVELOPMENT_SIGN_IN_CLOSED: not a development app' })
  async signInForDevelopment(@Body() body: DevelopmentSignInRequestDto): Promise<DevelopmentSignInResponseDto> {
    const source = this.options.keySource;
    if (!this.developmentOpen() || source.kind !== 'development') {
      throw new DomainError('AUTH.DEVELOPMENT_SIGN_IN_CLOSED', 'not_found', 'the development sign-in is closed here');
    }
    const token = await signDevelopmentToken({
      keyFile: source.file,
      issuer: this.options.issuer,
      audience: this.options.audience,
      sub: body.sub,
      tenant: body.tenant,
      roles: [...new Set(body.roles)],
      ttl: DEVELOPMENT_TOKEN_TTL,
      ...(body.team ? { team: body.team } : {}),
      ...(body.org ? { org: body.org } : {}),
      ...(body.name ? { name: body.name } : {}),
    });
    return { token, expiresAt: new Date(Date.now() + DEVELOPMENT_TOKEN_TTL_MS).toISOString() };
  }

  private developmentOpen(): boolean {
    return this.options.signIn?.development === true && this.options.keySource.kind === 'development';
  }
}
