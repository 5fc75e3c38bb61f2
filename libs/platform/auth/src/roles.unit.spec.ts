import { hasAnyRole, isRole, knownRoles } from './roles';

describe('roles', () => {
  it('keeps the known roles of a claim and ignores unknown ones', () => {
    expect(knownRoles(['case_manager', 'offline_access', 'supervisor', 42])).toEqual(['case_manager', 'supervisor']);
  });

  it('drops duplicates', () => {
    expect(knownRoles(['auditor', 'auditor'])).toEqual(['auditor']);
  });

  it('reads a single role string and yields nothing for a missing claim', () => {
    expect(knownRoles('admin')).toEqual(['admin']);
    expect(knownRoles(undefined)).toEqual([]);
    expect(knownRoles({ roles: ['admin'] })).toEqual([]);
  });

  it('is case sensitive', () => {
    expect(isRole('Case_Manager')).toBe(false);
    expect(isRole('case_manager')).toBe(true);
  });

  it('allows when any required role is held', () => {
    expect(hasAnyRole(['intake_worker', 'supervisor'], ['supervisor', 'admin'])).toBe(true);
    expect(hasAnyRole(['intake_worker'], ['supervisor', 'admin'])).toBe(false);
    expect(hasAnyRole([], ['supervisor'])).toBe(false);
  });
});
