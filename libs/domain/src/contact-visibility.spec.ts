import type { Viewer } from './account';
import { maySeeContactData, maySeeIntroductionContacts, type IntroductionParties } from './contact-visibility';

const viewer = (role: Viewer['role'], organisationId: string, personId?: string): Viewer => ({
  accountId: `account:${organisationId}`,
  role,
  organisationId,
  ...(personId ? { personId } : {}),
});

const anna = { id: 'person:anna', employerIds: ['fund:rabo'] };
const entrepreneur = viewer('ENTREPRENEUR', 'ent:zonnewerf', 'person:piet');
const introduced: IntroductionParties = { requesterId: 'ent:zonnewerf', targetId: 'fund:rabo', status: 'INTRODUCED' };

describe('who may see a person’s e-mail and phone', () => {
  it('coordinators and admins always may', () => {
    expect(maySeeContactData(viewer('COORDINATOR', 'net:impact-noord'), anna, [])).toBe(true);
    expect(maySeeContactData(viewer('ADMIN', 'net:impact-noord'), anna, [])).toBe(true);
  });

  it('the person themself may', () => {
    expect(maySeeContactData(viewer('FUND', 'fund:rabo', 'person:anna'), anna, [])).toBe(true);
  });

  it('nobody else may without an accepted introduction, not even a colleague', () => {
    expect(maySeeContactData(entrepreneur, anna, [])).toBe(false);
    expect(maySeeContactData(viewer('FUND', 'fund:rabo', 'person:bert'), anna, [])).toBe(false);
  });

  it('both parties of an accepted introduction may see the people of either side', () => {
    expect(maySeeContactData(entrepreneur, anna, [introduced])).toBe(true);
    const piet = { id: 'person:piet', employerIds: ['ent:zonnewerf'] };
    expect(maySeeContactData(viewer('FUND', 'fund:rabo'), piet, [introduced])).toBe(true);
  });

  it('a person who is a side themself counts as that side', () => {
    const personToFund: IntroductionParties = { requesterId: 'person:piet', targetId: 'fund:rabo', status: 'INTRODUCED' };
    expect(maySeeContactData(viewer('FUND', 'fund:rabo'), { id: 'person:piet', employerIds: [] }, [personToFund])).toBe(true);
  });

  it('an introduction not (yet) accepted releases nothing', () => {
    for (const status of ['AWAITING_REVIEW', 'ON_HOLD', 'AWAITING_RESPONSE', 'DECLINED'] as const) {
      expect(maySeeContactData(entrepreneur, anna, [{ ...introduced, status }])).toBe(false);
    }
  });

  it('an introduction of others releases nothing to the viewer, nor one that does not involve the person', () => {
    const others: IntroductionParties = { requesterId: 'ent:other', targetId: 'fund:rabo', status: 'INTRODUCED' };
    expect(maySeeContactData(entrepreneur, anna, [others])).toBe(false);
    const elsewhere: IntroductionParties = { requesterId: 'ent:zonnewerf', targetId: 'fund:doen', status: 'INTRODUCED' };
    expect(maySeeContactData(entrepreneur, anna, [elsewhere])).toBe(false);
  });
});

describe('who may see the contact people of an introduction', () => {
  it('its two parties once the target accepted, and coordinators at any time', () => {
    expect(maySeeIntroductionContacts(entrepreneur, introduced)).toBe(true);
    expect(maySeeIntroductionContacts(viewer('FUND', 'fund:rabo'), introduced)).toBe(true);
    expect(maySeeIntroductionContacts(viewer('COORDINATOR', 'net:x'), { ...introduced, status: 'AWAITING_RESPONSE' })).toBe(true);
  });

  it('not before acceptance, and never a third party', () => {
    expect(maySeeIntroductionContacts(entrepreneur, { ...introduced, status: 'AWAITING_RESPONSE' })).toBe(false);
    expect(maySeeIntroductionContacts(viewer('ENTREPRENEUR', 'ent:other'), introduced)).toBe(false);
    expect(maySeeIntroductionContacts(viewer('PURCHASER', 'pur:x'), introduced)).toBe(false);
  });
});
