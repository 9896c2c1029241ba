import type { Viewer } from './account';
import { maySeeRelationship, relationshipScopeFor } from './relationship-visibility';

const viewer = (role: Viewer['role'], organisationId: string, personId?: string): Viewer => ({
  accountId: 'account:1',
  role,
  organisationId,
  ...(personId ? { personId } : {}),
});
const tie = (visibility: 'PUBLIC' | 'MEMBERS' | 'COORDINATORS') => ({ visibility, from: 'person:anna', to: 'fund:rabo' });

describe('who may see a relationship', () => {
  it('PUBLIC and MEMBERS: every signed-in account', () => {
    for (const role of ['ENTREPRENEUR', 'FUND', 'PURCHASER', 'COORDINATOR', 'ADMIN'] as const) {
      expect(maySeeRelationship(viewer(role, 'ent:x'), tie('PUBLIC'))).toBe(true);
      expect(maySeeRelationship(viewer(role, 'ent:x'), tie('MEMBERS'))).toBe(true);
    }
  });

  it('COORDINATORS: coordinators and admins', () => {
    expect(maySeeRelationship(viewer('COORDINATOR', 'net:x'), tie('COORDINATORS'))).toBe(true);
    expect(maySeeRelationship(viewer('ADMIN', 'net:x'), tie('COORDINATORS'))).toBe(true);
    expect(maySeeRelationship(viewer('ENTREPRENEUR', 'ent:x'), tie('COORDINATORS'))).toBe(false);
    expect(maySeeRelationship(viewer('FUND', 'fund:doen'), tie('COORDINATORS'))).toBe(false);
  });

  it('COORDINATORS: also the accounts of either end, by organisation or by person', () => {
    expect(maySeeRelationship(viewer('FUND', 'fund:rabo'), tie('COORDINATORS'))).toBe(true);
    expect(maySeeRelationship(viewer('ENTREPRENEUR', 'ent:x', 'person:anna'), tie('COORDINATORS'))).toBe(true);
  });

  it('the scope a store reads with says the same', () => {
    expect(relationshipScopeFor(viewer('ADMIN', 'net:x'))).toEqual({ visibilities: ['PUBLIC', 'MEMBERS', 'COORDINATORS'], visibleWhenTouching: [] });
    expect(relationshipScopeFor(viewer('FUND', 'fund:rabo', 'person:anna'))).toEqual({
      visibilities: ['PUBLIC', 'MEMBERS'],
      visibleWhenTouching: ['fund:rabo', 'person:anna'],
    });
  });
});
