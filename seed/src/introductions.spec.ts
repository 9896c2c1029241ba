import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ID_PATTERN,
  Introduction,
  INTRODUCTION_STATUSES,
  NodeKind,
  StakeholderNode,
  validateGraphBatch,
  ValidRelationship,
} from '@koppel/domain';
import { loadDemoData } from './load-demo-data';
import { DemoDataError, DemoDataProblem, demoIntroductionId } from './load-introductions';

type Node<K extends NodeKind> = Extract<StakeholderNode, { kind: K }>;

const data = loadDemoData();
const introductions = data.introductions;
const batch = validateGraphBatch(data);
const byId = new Map(batch.nodes.map((node) => [node.id, node]));
const HOLDOUT = '2024-01-01';
const today = new Date().toISOString().slice(0, 10);
const dayOf = (iso: string) => iso.slice(0, 10);
const label = (intro: Introduction) => `${intro.requesterId} -> ${intro.targetId}`;

describe('past introductions in the demo data (introductions.yaml)', () => {
  it('has 40 to 60, requested 2022 to today, on both sides of a hold-out at 2024-01-01', () => {
    expect(introductions.length).toBeGreaterThanOrEqual(40);
    expect(introductions.length).toBeLessThanOrEqual(60);
    const days = introductions.map((intro) => dayOf(intro.requestedAt));
    expect(days.every((d) => d >= '2022-01-01' && d <= today)).toBe(true);
    expect(days.filter((d) => d < HOLDOUT).length).toBeGreaterThanOrEqual(15);
    expect(days.filter((d) => d >= HOLDOUT).length).toBeGreaterThanOrEqual(20);
    expect(new Set(days.map((d) => d.slice(0, 4)))).toEqual(new Set(['2022', '2023', '2024', '2025', '2026']));
  });

  it('comes back oldest first, with deterministic, valid, unique ids intro:<requester>-<target>-<year>', () => {
    const ids = introductions.map((intro) => intro.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const intro of introductions) {
      expect(intro.id).toBe(demoIntroductionId(intro.requesterId, intro.targetId, intro.requestedAt));
      expect(intro.id).toBe(`intro:${intro.requesterId}-${intro.targetId}-${intro.requestedAt.slice(0, 4)}`);
      expect(intro.id).toMatch(ID_PATTERN);
    }
    const requested = introductions.map((intro) => intro.requestedAt);
    expect(requested).toEqual([...requested].sort());
    expect(loadDemoData().introductions).toEqual(introductions);
  });

  it('keeps histories the workflow made: REQUESTED first, steps in time order, the status the last step leads to', () => {
    for (const intro of introductions) {
      expect({ id: intro.id, first: intro.steps[0] }).toEqual({
        id: intro.id,
        first: { action: 'REQUESTED', actorId: intro.requesterId, at: intro.requestedAt },
      });
      const times = intro.steps.map((step) => step.at);
      expect({ id: intro.id, ordered: times.join() === [...times].sort().join() }).toEqual({ id: intro.id, ordered: true });
      const actions = intro.steps.map((step) => step.action);
      const answer = actions.find((action) => action === 'ACCEPTED' || action === 'DECLINED');
      const expected = answer === 'ACCEPTED' ? 'INTRODUCED' : answer === 'DECLINED' ? 'DECLINED' : undefined;
      if (expected) expect({ id: intro.id, status: intro.status }).toEqual({ id: intro.id, status: expected });
      expect({ id: intro.id, outcome: intro.outcome !== undefined }).toEqual({ id: intro.id, outcome: actions.includes('OUTCOME_RECORDED') });
      if (intro.outcome) expect(intro.outcome.on >= dayOf(intro.requestedAt) && intro.outcome.on <= today).toBe(true);
    }
  });

  it('shows every state: reviewed and not, accepted with every kind of outcome, declined, still open', () => {
    const statuses = new Set(introductions.map((intro) => intro.status));
    expect([...statuses].sort()).toEqual([...INTRODUCTION_STATUSES].sort());
    const outcomes = new Set(introductions.map((intro) => intro.outcome?.kind).filter(Boolean));
    expect([...outcomes].sort()).toEqual(['COLLABORATION', 'FUNDING', 'MET', 'NOTHING', 'PURCHASE']);
    const reviewed = introductions.filter((intro) => intro.steps.some((step) => ['APPROVED', 'EDITED', 'HELD'].includes(step.action)));
    expect(reviewed.length).toBeGreaterThanOrEqual(4);
    expect(introductions.filter((intro) => intro.status === 'DECLINED').length).toBeGreaterThanOrEqual(3);
    expect(introductions.filter((intro) => intro.introducerId).length).toBeGreaterThanOrEqual(15);
    // An introduction requested before the hold-out whose outcome came after it.
    expect(introductions.some((intro) => dayOf(intro.requestedAt) < HOLDOUT && intro.outcome && intro.outcome.on >= HOLDOUT)).toBe(true);
  });

  it('is mostly entrepreneurs asking funds, purchasers, municipalities, networks, support, knowledge institutions and peers', () => {
    const requesterKinds = introductions.map((intro) => byId.get(intro.requesterId)?.kind);
    expect(requesterKinds.every((kind) => kind === 'Entrepreneur')).toBe(true);
    const targetKinds = new Set(introductions.map((intro) => byId.get(intro.targetId)?.kind));
    for (const kind of ['Fund', 'Purchaser', 'Municipality', 'Network', 'SupportProgramme', 'KnowledgeInstitution', 'Entrepreneur'] as const) {
      expect({ kind, asked: targetKinds.has(kind) }).toEqual({ kind, asked: true });
    }
  });

  it('asks nobody before the requester was founded, and names only fictional requesters', () => {
    for (const intro of introductions) {
      const requester = byId.get(intro.requesterId) as Node<'Entrepreneur'>;
      expect(requester.source).toMatch(/^fictional/);
      if (requester.foundedYear !== undefined) {
        expect({ id: intro.id, afterFounding: Number(intro.requestedAt.slice(0, 4)) >= requester.foundedYear }).toEqual({ id: intro.id, afterFounding: true });
      }
    }
  });

  it('has every introducer know both sides: a trust tie to each, or to someone who works for it', () => {
    const trust = new Set(['KNOWS', 'WORKS_FOR', 'MEMBER_OF', 'PARTNERS_WITH', 'SUPPORTED_BY', 'FUNDED', 'BOUGHT_FROM']);
    const neighbours = new Map<string, Set<string>>();
    const link = (a: string, b: string) => neighbours.set(a, (neighbours.get(a) ?? new Set()).add(b));
    for (const rel of batch.relationships) {
      if (!trust.has(rel.type)) continue;
      link(rel.from, rel.to);
      link(rel.to, rel.from);
    }
    const staffOf = (org: string) => batch.relationships.filter((rel) => rel.type === 'WORKS_FOR' && rel.to === org).map((rel) => rel.from);
    const knowsSide = (person: string, org: string) => [org, ...staffOf(org)].some((id) => neighbours.get(person)?.has(id));
    for (const intro of introductions.filter((i) => i.introducerId)) {
      const introducer = intro.introducerId!;
      expect({ id: intro.id, kind: byId.get(introducer)?.kind }).toEqual({ id: intro.id, kind: 'Person' });
      expect({ id: intro.id, knowsRequester: knowsSide(introducer, intro.requesterId), knowsTarget: knowsSide(introducer, intro.targetId) }).toEqual({
        id: intro.id,
        knowsRequester: true,
        knowsTarget: true,
      });
    }
  });

  it('asks a fund only where it could fund: the region, the stage, a social enterprise when it funds only those', () => {
    for (const intro of introductions) {
      const fund = byId.get(intro.targetId);
      if (fund?.kind !== 'Fund') continue;
      const ent = byId.get(intro.requesterId) as Node<'Entrepreneur'>;
      const fits = { region: fund.regions.includes(ent.province!), stage: fund.stages.includes(ent.stage) };
      expect({ id: intro.id, ...fits }).toEqual({ id: intro.id, region: true, stage: true });
      // Declines may be about fit (a constructive enterprise asking a social-only fund); funding may not.
      if (intro.outcome?.kind === 'FUNDING') expect({ id: intro.id, social: !fund.socialOnly || ent.enterpriseKind === 'SOCIAL' }).toEqual({ id: intro.id, social: true });
    }
  });

  it('asks a purchaser that buys what the entrepreneur sells: a category of its needs, or of what it was later bought for', () => {
    const boughtCategories = (buyer: string, seller: string) =>
      batch.relationships.filter((rel) => rel.type === 'BOUGHT_FROM' && rel.from === buyer && rel.to === seller).map((rel) => rel.category);
    for (const intro of introductions) {
      const purchaser = byId.get(intro.targetId);
      if (purchaser?.kind !== 'Purchaser') continue;
      const ent = byId.get(intro.requesterId) as Node<'Entrepreneur'>;
      const wanted = [...ent.needs.map((need) => need.category), ...boughtCategories(purchaser.id, ent.id)];
      expect({ id: intro.id, fits: purchaser.categories.some((category) => wanted.includes(category)) }).toEqual({ id: intro.id, fits: true });
    }
  });

  it('agrees with the money: a FUNDING or PURCHASE outcome has a FUNDED or BOUGHT_FROM from the target in that year', () => {
    const money = (type: ValidRelationship['type'], from: string, to: string, year: number) =>
      batch.relationships.some((rel) => rel.type === type && rel.from === from && rel.to === to && rel.year === year);
    const checked = introductions.filter((intro) => intro.outcome?.kind === 'FUNDING' || intro.outcome?.kind === 'PURCHASE');
    expect(checked.length).toBeGreaterThanOrEqual(20);
    for (const intro of checked) {
      const type = intro.outcome!.kind === 'FUNDING' ? 'FUNDED' : 'BOUGHT_FROM';
      expect({ id: intro.id, [type]: money(type, intro.targetId, intro.requesterId, Number(intro.outcome!.on.slice(0, 4))) }).toEqual({ id: intro.id, [type]: true });
    }
  });

  it('writes messages and reasons in Dutch, every introduction with at least one reason', () => {
    for (const intro of introductions) {
      expect({ id: intro.id, dutch: /\b(wij|we|graag|ons|onze|de|het|een)\b/i.test(intro.message), reasons: intro.reasons.length > 0 }).toEqual({
        id: intro.id,
        dutch: true,
        reasons: true,
      });
    }
  });

  it('starts every introduction the store accepts: version 0 before the store numbers it', () => {
    expect(introductions.every((intro) => intro.version === 0)).toBe(true);
    expect(introductions.filter((intro) => intro.status === 'INTRODUCED').map(label).length).toBeGreaterThan(30);
  });
});

describe('loading introductions: located errors', () => {
  let dir: string;
  const nodes = [
    '- { id: ent:a, kind: Entrepreneur }',
    '- { id: fund:b, kind: Fund }',
    '- { id: person:c, kind: Person }',
    '- { id: ki:d, kind: KnowledgeInstitution }',
  ].join('\n');
  const problemsOf = (yaml: string): DemoDataProblem[] => {
    writeFileSync(join(dir, 'introductions.yaml'), yaml);
    try {
      loadDemoData(dir);
    } catch (error) {
      if (error instanceof DemoDataError) return [...error.problems];
      throw error;
    }
    throw new Error('expected a DemoDataError');
  };
  const request = (extra = '') => `- { requester: ent:a, target: fund:b, requested: 2023-05-01, message: Graag kennismaken${extra} }\n`;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'koppel-seed-intro-'));
    writeFileSync(join(dir, 'nodes.yaml'), nodes);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('builds a valid one through the workflow', () => {
    writeFileSync(
      join(dir, 'introductions.yaml'),
      request(', introducer: person:c, reviews: [{ decision: APPROVE, by: person:c, on: 2023-05-02 }], answer: { accepted: true, on: 2023-05-03 }, outcome: { kind: MET, on: 2023-05-20 }'),
    );
    const [intro] = loadDemoData(dir).introductions;
    expect(intro).toEqual(
      expect.objectContaining({
        id: 'intro:ent:a-fund:b-2023',
        status: 'INTRODUCED',
        introducerId: 'person:c',
        outcome: { kind: 'MET', on: '2023-05-20' },
      }),
    );
    expect(intro.steps.map((step) => step.action)).toEqual(['REQUESTED', 'APPROVED', 'ACCEPTED', 'OUTCOME_RECORDED']);
    expect(intro.steps.map((step) => step.actorId)).toEqual(['ent:a', 'person:c', 'fund:b', 'ent:a']);
  });

  it('names file, item, field and reason for an unknown id, and for an introducer who is not a person', () => {
    expect(problemsOf(request().replace('fund:b', 'fund:nope') + request(', introducer: ki:d'))).toEqual([
      { file: 'introductions.yaml', item: 'item 1 (ent:a -> fund:nope)', field: 'target', reason: "unknown node id 'fund:nope'" },
      { file: 'introductions.yaml', item: 'item 2 (ent:a -> fund:b)', field: 'introducer', reason: "'ki:d' is a KnowledgeInstitution, must be a Person" },
    ]);
  });

  it('names a step the workflow refuses: an outcome before an answer, an answer after a decline, a review nobody asked for', () => {
    expect(problemsOf(request(', outcome: { kind: FUNDING, on: 2023-06-01 }'))).toEqual([
      {
        file: 'introductions.yaml',
        item: 'item 1 (ent:a -> fund:b)',
        field: 'outcome',
        reason: expect.stringMatching(/workflow refuses this step: .*AWAITING_RESPONSE and cannot be given an outcome/),
      },
    ]);
    expect(problemsOf(request(', answer: { accepted: false, on: 2023-05-02 }, outcome: { kind: MET, on: 2023-05-03 }'))).toEqual([
      expect.objectContaining({ field: 'outcome', reason: expect.stringMatching(/DECLINED and cannot be given an outcome/) }),
    ]);
    expect(
      problemsOf(request(', reviews: [{ decision: APPROVE, by: person:c, on: 2023-05-02 }, { decision: HOLD, by: person:c, on: 2023-05-03 }]')),
    ).toEqual([expect.objectContaining({ field: 'reviews[1]', reason: expect.stringMatching(/AWAITING_RESPONSE and cannot be reviewed/) })]);
  });

  it('refuses steps out of time order, a bad field, a request to oneself and the same pair twice in a year', () => {
    const problems = problemsOf(
      request(', answer: { accepted: true, on: 2023-04-01 }') +
        request(', answer: { accepted: maybe, on: 2023-05-02 }') +
        '- { requester: ent:a, target: ent:a, requested: 2023-05-01, message: Hallo }\n' +
        request(),
    );
    expect(problems).toEqual([
      expect.objectContaining({ item: 'item 1 (ent:a -> fund:b)', field: 'answer.on', reason: 'must not be before requested (2023-05-01)' }),
      expect.objectContaining({ item: 'item 2 (ent:a -> fund:b)', field: 'answer.accepted', reason: 'must be true or false' }),
      expect.objectContaining({ item: 'item 3 (ent:a -> ent:a)', field: 'targetId', reason: expect.stringMatching(/must not be the requester/) }),
      expect.objectContaining({ item: 'item 4 (ent:a -> fund:b)', field: 'requested', reason: expect.stringMatching(/already requested that year \(item 1\)/) }),
    ]);
    expect(() => loadDemoData(dir)).toThrow(/introductions\.yaml, item 1 \(ent:a -> fund:b\), answer\.on: must not be before requested/);
  });
});
