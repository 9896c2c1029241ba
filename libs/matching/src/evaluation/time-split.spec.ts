import {
  Introduction,
  recordIntroductionOutcome,
  respondToIntroduction,
  reviewIntroduction,
  startIntroduction,
  validateGraphBatch,
} from '@koppel/domain';
import { introductionAsOf, trainingGraph } from './time-split';

const CUTOFF = new Date('2024-01-01T00:00:00.000Z');
const day = (date: string) => new Date(`${date}T00:00:00.000Z`);
const ent = (id: string, foundedYear?: number) => ({
  id,
  kind: 'Entrepreneur',
  name: id,
  enterpriseKind: 'SOCIAL',
  stage: 'STARTUP',
  ...(foundedYear ? { foundedYear } : {}),
});

const graph = validateGraphBatch({
  nodes: [
    ent('ent:old', 2019),
    ent('ent:new', 2024),
    ent('ent:undated'),
    { id: 'fund:f', kind: 'Fund', name: 'Fonds' },
    { id: 'municipality:groningen', kind: 'Municipality', name: 'Groningen', municipality: 'groningen' },
    { id: 'person:p', kind: 'Person', name: 'P' },
    { id: 'event:early', kind: 'Event', name: 'Vroeg', date: '2023-12-31' },
    { id: 'event:late', kind: 'Event', name: 'Laat', date: '2024-01-01' },
  ],
  relationships: [
    { type: 'FUNDED', from: 'fund:f', to: 'ent:old', key: '2023', year: 2023 },
    { type: 'FUNDED', from: 'fund:f', to: 'ent:old', key: '2024', year: 2024 },
    { type: 'FUNDED', from: 'fund:f', to: 'ent:new', year: 2024 },
    { type: 'KNOWS', from: 'person:p', to: 'ent:old', lastActiveAt: '2023-12-31' },
    { type: 'KNOWS', from: 'person:p', to: 'ent:undated', lastActiveAt: '2024-01-01' },
    { type: 'LOCATED_IN', from: 'ent:old', to: 'municipality:groningen' },
    { type: 'ATTENDED', from: 'person:p', to: 'event:early' },
    { type: 'ATTENDED', from: 'person:p', to: 'event:late' },
  ],
});
const idsOf = (items: readonly { id: string }[]) => items.map((item) => item.id).sort();

function introduction(requested: string, requesterId = 'ent:old', targetId = 'fund:f', review = false): Introduction {
  return startIntroduction({ requesterId, targetId, message: 'Graag kennismaken', review }, `intro:${requesterId}-${targetId}-${requested}`, day(requested));
}

describe('trainingGraph: what was known before the cutoff', () => {
  const { train, left } = trainingGraph({ ...graph, introductions: [] }, { cutoff: CUTOFF });

  it('keeps entrepreneurs founded before the cutoff year or undated, events held before it, and every undated node', () => {
    expect(idsOf(train.nodes)).toEqual(['ent:old', 'ent:undated', 'event:early', 'fund:f', 'municipality:groningen', 'person:p']);
    expect(left.nodes).toBe(2);
  });

  it('keeps a relationship dated by year before the cutoff year, KNOWS last active before the cutoff, undated structure', () => {
    expect(idsOf(train.relationships)).toEqual([
      'ent:old>LOCATED_IN>municipality:groningen',
      'fund:f>FUNDED>ent:old#2023',
      'person:p>ATTENDED>event:early',
      'person:p>KNOWS>ent:old',
    ]);
    expect(left.relationships).toBe(4);
  });

  it('keeps every KNOWS tie when asked for the leaky upper bound', () => {
    const all = trainingGraph({ ...graph, introductions: [] }, { cutoff: CUTOFF, lastActive: 'all' });
    expect(all.train.relationships.map((rel) => rel.id)).toContain('person:p>KNOWS>ent:undated');
  });

  it('refuses a cutoff inside a year, where a fact dated by its year could lie on either side', () => {
    expect(() => trainingGraph({ ...graph, introductions: [] }, { cutoff: new Date('2024-07-01T00:00:00Z') })).toThrow(/1 January/);
  });

  it('keeps introductions requested before the cutoff as they stood then, and drops an introducer who did not exist yet', () => {
    const before = respondToIntroduction(introduction('2023-06-01'), true, 'fund:f', day('2023-06-10'));
    const afterwards = introduction('2024-02-01', 'ent:undated');
    const withLateIntroducer = startIntroduction(
      { requesterId: 'ent:undated', targetId: 'fund:f', introducerId: 'ent:new', message: 'Hallo' },
      'intro:late-introducer',
      day('2023-03-01'),
    );
    const { train: t, left: l } = trainingGraph({ ...graph, introductions: [before, afterwards, withLateIntroducer] }, { cutoff: CUTOFF });
    expect(t.introductions.map((intro) => [intro.id, intro.introducerId])).toEqual([
      [before.id, undefined],
      ['intro:late-introducer', undefined],
    ]);
    expect(t.introductions[0]).toBe(before);
    expect(l.introductions).toBe(1);
  });
});

describe('introductionAsOf', () => {
  it('is the introduction itself when every step lies before the cutoff, and nothing when it was requested later', () => {
    const early = introduction('2023-01-01');
    expect(introductionAsOf(early, CUTOFF)).toBe(early);
    expect(introductionAsOf(introduction('2024-01-01'), CUTOFF)).toBeUndefined();
  });

  it('drops an answer and outcome given after the cutoff, and the status they led to', () => {
    const accepted = respondToIntroduction(introduction('2023-11-01'), true, 'fund:f', day('2023-11-15'));
    const funded = recordIntroductionOutcome(accepted, { kind: 'FUNDING', on: '2024-03-01' }, 'ent:old', day('2024-03-01'));
    const then = introductionAsOf(funded, CUTOFF)!;
    expect(then.status).toBe('INTRODUCED');
    expect(then.outcome).toBeUndefined();
    expect(then.steps.map((step) => step.action)).toEqual(['REQUESTED', 'ACCEPTED']);

    const declinedLater = respondToIntroduction(introduction('2023-12-20'), false, 'fund:f', day('2024-01-05'));
    expect(introductionAsOf(declinedLater, CUTOFF)).toEqual(expect.objectContaining({ status: 'AWAITING_RESPONSE', steps: [declinedLater.steps[0]] }));
  });

  it('knows a review was asked for, and that a hold before the cutoff still held', () => {
    const asked = introduction('2023-12-01', 'ent:old', 'fund:f', true);
    const held = reviewIntroduction(asked, 'HOLD', 'person:p', day('2023-12-02'), 'Even wachten');
    const approved = reviewIntroduction(held, 'APPROVE', 'person:p', day('2024-01-10'));
    expect(introductionAsOf(approved, CUTOFF)).toEqual(expect.objectContaining({ status: 'ON_HOLD' }));
    const edited = reviewIntroduction(asked, 'EDIT', 'person:p', day('2024-01-10'), 'Nieuwe tekst');
    expect(introductionAsOf(edited, CUTOFF)).toEqual(expect.objectContaining({ status: 'AWAITING_REVIEW' }));
  });

  it('keeps an outcome recorded before the cutoff, and rebuilds it from its step when it was replaced later', () => {
    const accepted = respondToIntroduction(introduction('2023-01-01'), true, 'fund:f', day('2023-01-10'));
    const met = recordIntroductionOutcome(accepted, { kind: 'MET', on: '2023-02-01', note: 'koffie' }, 'ent:old', day('2023-02-01'));
    expect(introductionAsOf(met, CUTOFF)).toBe(met);
    const funded = recordIntroductionOutcome(met, { kind: 'FUNDING', on: '2024-05-01' }, 'fund:f', day('2024-05-01'));
    expect(introductionAsOf(funded, CUTOFF)!.outcome).toEqual({ kind: 'MET', on: '2023-02-01' });
  });
});
