import {
  ERASED_ACTOR,
  ForbiddenError,
  reviewIntroduction,
  respondToIntroduction,
  startIntroduction,
  ValidationError,
  type Introduction,
  type StakeholderNode,
  type Viewer,
} from '@koppel/domain';
import { EmbeddedGraphStore, type GraphStore } from '@koppel/graph-store';
import { CONTRACT_BATCH, CONTRACT_WRITER } from '@koppel/graph-store/testing';
import { MatchingQueries } from '../matching/matching-queries';
import { ConsentChange } from './consent-change';
import { introductionContacts } from './introduction-contacts';
import { maskNeedReasons } from './mask-need-reasons';
import { erasedSubject, PersonErasure } from './person-erasure';
import { PersonDataExport } from './person-export';
import { ViewerAccessRules } from './viewer-access';
import { visibleNeeds } from './visible-needs';

/**
 * The privacy rules at the API's edge, over a real (embedded, in-memory) store: the resolvers and
 * services as the GraphQL layer calls them, with the viewer the sign-in would give.
 */
const viewer = (role: Viewer['role'], organisationId: string, personId?: string): Viewer => ({
  accountId: `account:${organisationId}${personId ? `:${personId}` : ''}`,
  role,
  organisationId,
  ...(personId ? { personId } : {}),
});
const coordinator = viewer('COORDINATOR', 'net-impact-noord', 'person-anouk');
const zonnewerf = viewer('ENTREPRENEUR', 'ent-zonnewerf');
const werkplaats = viewer('ENTREPRENEUR', 'ent-werkplaats');
const fund = viewer('FUND', 'fund-noord');
const at = (day: number) => new Date(Date.UTC(2026, 7, day, 9));

let store: GraphStore;
const node = async (id: string) => (await store.getNode(id)) as StakeholderNode;

beforeEach(async () => {
  store = new EmbeddedGraphStore({ dataDir: ':memory:' });
  await store.upsert(
    {
      ...CONTRACT_BATCH,
      nodes: [
        ...CONTRACT_BATCH.nodes,
        { id: 'person-bram', kind: 'Person', name: 'Bram Fictief', email: 'bram@example.org', phone: '+31 6 0000 0099' },
      ],
      // Without the fixture's funding of Zonnewerf by the fund, so that the fund may be suggested to it.
      relationships: [
        ...CONTRACT_BATCH.relationships.filter((rel) => rel.type !== 'FUNDED'),
        { type: 'WORKS_FOR', from: 'person-bram', to: 'fund-noord' },
      ],
    },
    CONTRACT_WRITER,
  );
});
afterEach(() => store.close());

/** Zonnewerf asks Noordelijk Impactfonds; Anouk (a coordinator) reviews; the fund says yes when `accept`. */
async function introduceZonnewerfToFund(accept: boolean): Promise<Introduction> {
  const asked = await store.createIntroduction(
    startIntroduction({ requesterId: 'ent-zonnewerf', targetId: 'fund-noord', message: 'Kennismaken?', review: true }, 'intro:z-f', at(1)),
  );
  const approved = await store.saveIntroduction(reviewIntroduction(asked, 'APPROVE', 'person-anouk', at(2)));
  return accept ? store.saveIntroduction(respondToIntroduction(approved, true, 'fund-noord', at(3))) : approved;
}

describe('Person.email and Person.phone', () => {
  const email = async (who: Viewer | undefined, personId = 'person-bram') => {
    const person = (await node(personId)) as Extract<StakeholderNode, { kind: 'Person' }>;
    // A fresh request each time: what the viewer may see is cached per request.
    return (await new ViewerAccessRules(store).maySeeContactData(who, personId, {})) ? person.email : null;
  };

  it('are shown to coordinators and to the person themself', async () => {
    await expect(email(coordinator)).resolves.toBe('bram@example.org');
    await expect(email(viewer('FUND', 'fund-noord', 'person-bram'))).resolves.toBe('bram@example.org');
  });

  it('are masked (null) for anyone else, a colleague and an anonymous caller included', async () => {
    await expect(email(zonnewerf)).resolves.toBeNull();
    await expect(email(fund)).resolves.toBeNull();
    await expect(email(undefined)).resolves.toBeNull();
  });

  it('are released to both parties once the target accepted, not before, and not to others', async () => {
    await introduceZonnewerfToFund(false);
    await expect(email(zonnewerf)).resolves.toBeNull();
    const open = (await store.getIntroduction('intro:z-f')) as Introduction;
    await store.saveIntroduction(respondToIntroduction(open, true, 'fund-noord', at(3)));
    await expect(email(zonnewerf)).resolves.toBe('bram@example.org');
    await expect(email(werkplaats)).resolves.toBeNull();
    await expect(email(zonnewerf, 'person-anouk')).resolves.toBeNull();
  });
});

describe('Introduction.contacts', () => {
  const contacts = (who: Viewer | undefined, introduction: Introduction) => introductionContacts(store, who, introduction);

  it('lists the people of both sides to the two parties after acceptance', async () => {
    const introduced = await introduceZonnewerfToFund(true);
    await expect(contacts(zonnewerf, introduced)).resolves.toEqual([
      { sideId: 'fund-noord', personId: 'person-bram', name: 'Bram Fictief', role: undefined, email: 'bram@example.org', phone: '+31 6 0000 0099' },
    ]);
    await expect(contacts(fund, introduced)).resolves.toHaveLength(1);
  });

  it('is null before acceptance and for third parties; coordinators always see it', async () => {
    const open = await introduceZonnewerfToFund(false);
    await expect(contacts(zonnewerf, open)).resolves.toBeNull();
    await expect(contacts(coordinator, open)).resolves.toHaveLength(1);
    const introduced = await store.saveIntroduction(respondToIntroduction(open, true, 'fund-noord', at(3)));
    await expect(contacts(werkplaats, introduced)).resolves.toBeNull();
    await expect(contacts(undefined, introduced)).resolves.toBeNull();
  });
});

describe('Entrepreneur.needs', () => {
  const needs = async (who: Viewer | undefined) => visibleNeeds(who, (await node('ent-zonnewerf')) as Extract<StakeholderNode, { kind: 'Entrepreneur' }>);

  it('are shown to the entrepreneur itself, coordinators, funds and purchasers', async () => {
    for (const who of [zonnewerf, coordinator, fund, viewer('PURCHASER', 'purchaser-groningen')]) {
      await expect(needs(who)).resolves.toEqual([expect.objectContaining({ domain: 'FINANCE' })]);
    }
  });

  it('are hidden (null) from another entrepreneur until shared', async () => {
    await expect(needs(werkplaats)).resolves.toBeNull();
    const shared = { ...CONTRACT_BATCH.nodes[0], needsShared: true };
    await store.upsert({ nodes: [shared] } as never, CONTRACT_WRITER);
    await expect(needs(werkplaats)).resolves.toHaveLength(1);
  });
});

describe('suggestion reasons', () => {
  it('never tell another entrepreneur an unshared need', async () => {
    const matching = new MatchingQueries(store);
    const answer = await matching.suggestIntroductions('ent-zonnewerf', { kinds: ['Fund'], limit: 5 });
    const kinds = (suggestions: typeof answer.suggestions) => suggestions.flatMap((s) => s.reasons.map((reason) => reason.kind));
    expect(kinds(answer.suggestions)).toEqual(expect.arrayContaining(['NEED_MET']));
    expect(kinds(maskNeedReasons(zonnewerf, answer.subject, answer.suggestions))).toEqual(kinds(answer.suggestions));
    const masked = maskNeedReasons(werkplaats, answer.subject, answer.suggestions);
    expect(kinds(masked)).not.toEqual(expect.arrayContaining(['NEED_MET']));
    expect(kinds(masked)).not.toEqual(expect.arrayContaining(['FINANCE_ASK']));
    expect(masked.map((s) => s.score)).toEqual(answer.suggestions.map((s) => s.score));
  });
});

describe('setVisibleForMatchmaking', () => {
  const consent = () => new ConsentChange(store);
  const scouted = async () =>
    (await new MatchingQueries(store).scoutEntrepreneurs('fund-noord', {}, 10)).suggestions.map((s) => s.target.id);

  it('lets the organisation itself opt out, which takes it out of scouting at once, with an audit entry', async () => {
    expect(await scouted()).toContain('ent-zonnewerf');
    await expect(consent().setVisibleForMatchmaking(zonnewerf, 'ent-zonnewerf', false)).resolves.toMatchObject({ visibleForMatchmaking: false });
    expect(await scouted()).not.toContain('ent-zonnewerf');
    const audit = await store.findAuditEntries({ subject: 'ent-zonnewerf' }, { first: 10 });
    expect(audit.items).toEqual([expect.objectContaining({ action: 'SET_VISIBLE_FOR_MATCHMAKING', actorAccountId: zonnewerf.accountId })]);
    await consent().setVisibleForMatchmaking(coordinator, 'ent-zonnewerf', true);
    expect(await scouted()).toContain('ent-zonnewerf');
  });

  it('refuses another organisation’s account (FORBIDDEN) and a node that is not an organisation', async () => {
    await expect(consent().setVisibleForMatchmaking(werkplaats, 'ent-zonnewerf', false)).rejects.toThrow(ForbiddenError);
    await expect(consent().setVisibleForMatchmaking(coordinator, 'person-bram', false)).rejects.toThrow(ValidationError);
    await expect(node('ent-zonnewerf')).resolves.toMatchObject({ visibleForMatchmaking: true });
  });
});

describe('forgetPerson', () => {
  const erasure = () => new PersonErasure(store);

  it('lets a coordinator forget a person everywhere, audited by a hash of the id', async () => {
    await introduceZonnewerfToFund(true);
    await expect(erasure().forgetPerson(viewer('ADMIN', 'net-impact-noord'), 'person-anouk', 'verzoek van de persoon')).resolves.toMatchObject({
      introductionsRedacted: 1,
    });
    await expect(store.getNode('person-anouk')).resolves.toBeNull();
    expect((await store.getIntroduction('intro:z-f'))?.steps.map((step) => step.actorId)).toContain(ERASED_ACTOR);
    const [entry] = (await store.findAuditEntries({}, { first: 10 })).items;
    expect(entry).toMatchObject({ action: 'FORGET_PERSON', subject: erasedSubject('person-anouk'), reason: 'verzoek van de persoon' });
    expect(JSON.stringify(entry)).not.toContain('anouk');
  });

  it('lets a person forget themself, and nobody else', async () => {
    await expect(erasure().forgetPerson(fund, 'person-bram', 'weg ermee')).rejects.toThrow(ForbiddenError);
    await expect(erasure().forgetPerson(viewer('FUND', 'fund-noord', 'person-bram'), 'person-bram', 'weg ermee')).resolves.toBeDefined();
    await expect(store.getNode('person-bram')).resolves.toBeNull();
  });

  it('needs a reason, and changes nothing without one', async () => {
    await expect(erasure().forgetPerson(coordinator, 'person-bram', '  ')).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ field: 'reason', reason: expect.stringContaining('must not be empty') }],
    });
    await expect(store.getNode('person-bram')).resolves.not.toBeNull();
  });
});

describe('myData', () => {
  const exportFor = (who: Viewer) => new PersonDataExport(store).export(who);

  it('gives the signed-in person their node, relationships, introductions, account and audit entries', async () => {
    await introduceZonnewerfToFund(true);
    await store.createAccount({
      id: coordinator.accountId,
      email: 'anouk@example.org',
      role: 'COORDINATOR',
      organisationId: 'net-impact-noord',
      personId: 'person-anouk',
      passwordHash: '$argon2id$not-a-real-hash',
      createdAt: '2026-08-01T00:00:00.000Z',
    });
    const anouk = await exportFor(coordinator);
    expect(anouk.person).toMatchObject({ id: 'person-anouk', email: 'anouk@example.org' });
    expect(anouk.relationships.map((rel) => rel.type).sort()).toEqual(['KNOWS', 'WORKS_FOR']);
    expect(anouk.introductions.map((introduction) => introduction.id)).toEqual(['intro:z-f']);
    expect(anouk.account).toEqual({
      id: coordinator.accountId,
      email: 'anouk@example.org',
      role: 'COORDINATOR',
      organisationId: 'net-impact-noord',
      personId: 'person-anouk',
      createdAt: '2026-08-01T00:00:00.000Z',
    });
    expect(JSON.stringify(anouk)).not.toContain('argon2');
    expect(anouk.auditEntries).toEqual([]);
  });

  it('is FORBIDDEN for an account without a person', async () => {
    await expect(exportFor(fund)).rejects.toThrow(ForbiddenError);
  });
});
