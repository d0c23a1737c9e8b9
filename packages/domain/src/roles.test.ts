import { describe, expect, it } from 'vitest';
import { allRoles, isRole, roleLabel, staffRoles } from './roles.js';

describe('roles', () => {
  it('labels every role and knows staff from patients', () => {
    for (const role of allRoles) {
      expect(roleLabel[role].length).toBeGreaterThan(0);
    }
    expect(staffRoles).not.toContain('patient');
    expect(isRole('nurse')).toBe(true);
    expect(isRole('janitor')).toBe(false);
  });
});
