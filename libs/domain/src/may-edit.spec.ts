import type { Role, Viewer } from './account';
import { ForbiddenError } from './domain-errors';
import { GraphEdit, mayEdit, requireMayEdit } from './may-edit';

const viewer = (role: Role, organisationId = 'ent:zonnewerf', personId?: string): Viewer => ({
  accountId: `account-${role.toLowerCase()}`,
  role,
  organisationId,
  ...(personId ? { personId } : {}),
});

const EVERY_EDIT: GraphEdit[] = [
  { action: 'createNode' },
  { action: 'updateNode', nodeId: 'fund:noord' },
  { action: 'deleteNode', nodeId: 'fund:noord' },
  { action: 'editRelationship', from: 'fund:noord', to: 'ent:werkplaats' },
];

describe('who may edit the graph', () => {
  it.each(['COORDINATOR', 'ADMIN'] as const)('a %s may make every edit, to any node', (role) => {
    for (const edit of EVERY_EDIT) expect(mayEdit(viewer(role, 'network:impact-noord'), edit)).toBe(true);
  });

  it.each(['ENTREPRENEUR', 'FUND', 'PURCHASER'] as const)('a %s account may update its own node, and no other', (role) => {
    expect(mayEdit(viewer(role, 'org:own'), { action: 'updateNode', nodeId: 'org:own' })).toBe(true);
    expect(mayEdit(viewer(role, 'org:own'), { action: 'updateNode', nodeId: 'org:other' })).toBe(false);
  });

  it('lets an account holder update their own person node', () => {
    expect(mayEdit(viewer('ENTREPRENEUR', 'ent:zonnewerf', 'person:anouk'), { action: 'updateNode', nodeId: 'person:anouk' })).toBe(true);
    expect(mayEdit(viewer('ENTREPRENEUR', 'ent:zonnewerf'), { action: 'updateNode', nodeId: 'person:anouk' })).toBe(false);
  });

  it('lets an organisation edit the relationships it is an end of, either end, and no others', () => {
    const own = viewer('FUND', 'fund:noord');
    expect(mayEdit(own, { action: 'editRelationship', from: 'fund:noord', to: 'ent:werkplaats' })).toBe(true);
    expect(mayEdit(own, { action: 'editRelationship', from: 'ent:werkplaats', to: 'fund:noord' })).toBe(true);
    expect(mayEdit(own, { action: 'editRelationship', from: 'ent:werkplaats', to: 'network:impact-noord' })).toBe(false);
  });

  it('leaves creating and deleting nodes to coordinators, even an organisation’s own', () => {
    const own = viewer('ENTREPRENEUR', 'ent:zonnewerf');
    expect(mayEdit(own, { action: 'createNode' })).toBe(false);
    expect(mayEdit(own, { action: 'deleteNode', nodeId: 'ent:zonnewerf' })).toBe(false);
  });

  it('refuses with FORBIDDEN and says why', () => {
    expect(() => requireMayEdit(viewer('PURCHASER', 'purchaser:x'), { action: 'deleteNode', nodeId: 'ent:y' })).toThrow(ForbiddenError);
    expect(() => requireMayEdit(viewer('PURCHASER', 'purchaser:x'), { action: 'updateNode', nodeId: 'ent:y' })).toThrow(
      "an account may change only its own organisation, not 'ent:y'",
    );
    expect(() => requireMayEdit(viewer('COORDINATOR'), { action: 'deleteNode', nodeId: 'ent:y' })).not.toThrow();
  });
});
