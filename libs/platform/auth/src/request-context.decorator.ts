import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { requestContextOf } from './request-context';

/** The authenticated {@link RequestContext} of the request; not available on `@Public()` routes. */
export const Ctx = createParamDecorator((_data: unknown, execution: ExecutionContext) => {
  const context = requestContextOf(execution.switchToHttp().getRequest<object>());
  if (!context)
    throw new Error('@Ctx() has no request context: the route is @Public() or the auth guard is not installed');
  return context;
});
