import 'reflect-metadata';
import { isRole, type Role } from './roles';

export const ROUTE_POLICY = 'casemgmt:auth:route-policy';

export type RoutePolicy =
  | { readonly kind: 'public' }
  | { readonly kind: 'any-role' }
  | { readonly kind: 'roles'; readonly roles: readonly Role[] };

type PolicyDecorator = ClassDecorator & MethodDecorator;

/** No authentication at all (health, docs). On a controller it covers every route without a policy of its own. */
export const Public = (): PolicyDecorator => routePolicy({ kind: 'public' });

/** Any authenticated user of the tenant who holds at least one known role. */
export const AnyRole = (): PolicyDecorator => routePolicy({ kind: 'any-role' });

/** Only users holding at least one of `roles`. A route without `@Public`, `@AnyRole` or `@Roles` answers 403. */
export function Roles(...roles: Role[]): PolicyDecorator {
  if (roles.length === 0 || !roles.every(isRole)) {
    throw new Error(`@Roles() needs one or more of the known roles, got [${roles.join(', ')}]`);
  }
  return routePolicy({ kind: 'roles', roles: Object.freeze([...roles]) });
}

// One metadata key for all three, so a handler's policy always overrides its controller's, @Public included.
function routePolicy(policy: RoutePolicy): PolicyDecorator {
  return (target: object, propertyKey?: string | symbol, descriptor?: PropertyDescriptor) => {
    const holder: object = descriptor?.value ?? target;
    if (Reflect.hasOwnMetadata(ROUTE_POLICY, holder)) {
      throw new Error(
        `conflicting access policies on ${describe(target, propertyKey)}: use one of @Public, @AnyRole, @Roles`,
      );
    }
    Reflect.defineMetadata(ROUTE_POLICY, policy, holder);
  };
}

function describe(target: object, propertyKey?: string | symbol): string {
  const owner = typeof target === 'function' ? target.name : target.constructor.name;
  return propertyKey === undefined ? owner : `${owner}.${String(propertyKey)}`;
}
