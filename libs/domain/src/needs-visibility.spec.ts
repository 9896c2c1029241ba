import type { Viewer } from './account';
import { maySeeNeeds } from './needs-visibility';

const viewer = (role: Viewer['role'], organisationId: string): Viewer => ({ accountId: 'account:1', role, organisationId });
const unshared = { id: 'ent:zonnewerf', needsShared: false };
const shared = { id: 'ent:zonnewerf', needsShared: true };

describe('who may see an entrepreneur’s needs', () => {
  it('its own account, coordinators and admins always', () => {
    expect(maySeeNeeds(viewer('ENTREPRENEUR', 'ent:zonnewerf'), unshared)).toBe(true);
    expect(maySeeNeeds(viewer('COORDINATOR', 'net:impact-noord'), unshared)).toBe(true);
    expect(maySeeNeeds(viewer('ADMIN', 'net:impact-noord'), unshared)).toBe(true);
  });

  it('funds and purchasers always: the needs are addressed to them', () => {
    expect(maySeeNeeds(viewer('FUND', 'fund:rabo'), unshared)).toBe(true);
    expect(maySeeNeeds(viewer('PURCHASER', 'pur:groningen'), unshared)).toBe(true);
  });

  it('another entrepreneur only when they are shared', () => {
    expect(maySeeNeeds(viewer('ENTREPRENEUR', 'ent:other'), unshared)).toBe(false);
    expect(maySeeNeeds(viewer('ENTREPRENEUR', 'ent:other'), { id: 'ent:zonnewerf' })).toBe(false);
    expect(maySeeNeeds(viewer('ENTREPRENEUR', 'ent:other'), shared)).toBe(true);
  });
});
