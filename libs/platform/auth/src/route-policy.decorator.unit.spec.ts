import { AnyRole, Public, ROUTE_POLICY, Roles } from './route-policy.decorator';
import type { Role } from './roles';

describe('route policy decorators', () => {
  it('records the policy on the handler', () => {
    class Probe {
      @Roles('case_manager', 'supervisor')
      open(): string {
        return 'opened';
      }
    }
    expect(Reflect.getMetadata(ROUTE_POLICY, Probe.prototype.open)).toEqual({
      kind: 'roles',
      roles: ['case_manager', 'supervisor'],
    });
  });

  it('refuses @Roles() without roles or with an unknown role', () => {
    expect(() => Roles()).toThrow(/one or more/);
    expect(() => Roles('superuser' as Role)).toThrow(/superuser/);
  });

  it('refuses two policies on the same handler', () => {
    expect(() => {
      class Probe {
        @Public()
        @AnyRole()
        open(): string {
          return 'opened';
        }
      }
      return Probe;
    }).toThrow(/conflicting access policies on Probe.open/);
  });
});
