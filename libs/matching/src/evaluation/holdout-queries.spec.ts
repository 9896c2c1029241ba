import { Introduction, respondToIntroduction, startIntroduction, validateGraphBatch } from '@koppel/domain';
import { candidate, context, energyFund, frisianFund, housingBuyer, knows, zonnewerf } from '../testing/match-context.builder';
import { candidatePool, holdoutQueries, TASK_CANDIDATE_KINDS } from './holdout-queries';
import { trainingGraph } from './time-split';

const CUTOFF = new Date('2024-01-01T00:00:00.000Z');
const day = (date: string) => new Date(`${date}T00:00:00.000Z`);
const ent = (id: string, foundedYear = 2018) => ({ id, kind: 'Entrepreneur', name: id, enterpriseKind: 'SOCIAL', stage: 'STARTUP', foundedYear });
const request = (requesterId: string, targetId: string, requested: string, answer?: boolean): Introduction => {
  const started = startIntroduction({ requesterId, targetId, message: 'Graag' }, `intro:${requesterId}-${targetId}`, day(requested));
  return answer === undefined ? started : respondToIntroduction(started, answer, targetId, day(requested));
};

const batch = validateGraphBatch({
  nodes: [
    ent('ent:a'),
    ent('ent:b'),
    ent('ent:late', 2024),
    { id: 'fund:f', kind: 'Fund', name: 'F' },
    { id: 'fund:g', kind: 'Fund', name: 'G' },
    { id: 'purchaser:p', kind: 'Purchaser', name: 'P', purchaserType: 'MUNICIPALITY' },
    { id: 'municipality:groningen', kind: 'Municipality', name: 'Groningen', municipality: 'groningen' },
    { id: 'person:x', kind: 'Person', name: 'X' },
  ],
  relationships: [
    // a: a new funding by f after the cutoff (twice: one positive), g funded a before as well as after (not new).
    { type: 'FUNDED', from: 'fund:f', to: 'ent:a', key: '2024', year: 2024 },
    { type: 'FUNDED', from: 'fund:f', to: 'ent:a', key: '2025', year: 2025 },
    { type: 'FUNDED', from: 'fund:g', to: 'ent:a', key: '2022', year: 2022 },
    { type: 'FUNDED', from: 'fund:g', to: 'ent:a', key: '2024', year: 2024 },
    // A municipal grant is no fund's funding; an entrepreneur buying is no purchaser buying.
    { type: 'FUNDED', from: 'municipality:groningen', to: 'ent:b', year: 2024 },
    { type: 'BOUGHT_FROM', from: 'ent:a', to: 'ent:b', year: 2024 },
    // b: a purchase after the cutoff from a purchaser it KNOWS from before: not new.
    { type: 'KNOWS', from: 'purchaser:p', to: 'ent:b', lastActiveAt: '2023-05-01' },
    { type: 'BOUGHT_FROM', from: 'purchaser:p', to: 'ent:b', year: 2025 },
    // a: a new purchase.
    { type: 'BOUGHT_FROM', from: 'purchaser:p', to: 'ent:a', year: 2024 },
    // An introduction of b to g before the cutoff (below) makes this funding not new.
    { type: 'FUNDED', from: 'fund:g', to: 'ent:b', year: 2024 },
    // late did not exist before the cutoff.
    { type: 'FUNDED', from: 'fund:f', to: 'ent:late', year: 2025 },
    // Being located somewhere is no tie: an introduction to the municipality after it is new.
    { type: 'LOCATED_IN', from: 'ent:b', to: 'municipality:groningen' },
  ],
});
const introductions = [
  request('ent:b', 'fund:g', '2023-10-01', true), // before: makes a later funding by g of b not new
  request('ent:b', 'municipality:groningen', '2024-03-01', false), // after, declined: still a positive
  request('ent:b', 'fund:f', '2024-04-01'), // after, open
  request('ent:a', 'person:x', '2024-04-01'), // a person is no organisation
];
const full = { ...batch, introductions };
const { train } = trainingGraph(full, { cutoff: CUTOFF });

describe('holdoutQueries: new pairs after the cutoff, per entrepreneur and task', () => {
  const { queries, leftOut } = holdoutQueries(full, train, CUTOFF);

  it('asks per task and subject for the new pairs only, in task order then subject order', () => {
    expect(queries).toEqual([
      { task: 'funding', subjectId: 'ent:a', positives: ['fund:f'] },
      { task: 'purchase', subjectId: 'ent:a', positives: ['purchaser:p'] },
      { task: 'introduction', subjectId: 'ent:b', positives: ['fund:f', 'municipality:groningen'] },
    ]);
  });

  it('says what it left out and why', () => {
    expect(leftOut).toEqual({
      funding: { subjectUnknown: 1, targetUnknown: 0, notNew: 2 },
      purchase: { subjectUnknown: 0, targetUnknown: 0, notNew: 1 },
      introduction: { subjectUnknown: 0, targetUnknown: 0, notNew: 0 },
    });
  });

  it('ranks funds for funding, purchasers for purchases, every organisation kind for introductions', () => {
    expect(TASK_CANDIDATE_KINDS.funding).toEqual(['Fund']);
    expect(TASK_CANDIDATE_KINDS.purchase).toEqual(['Purchaser']);
    expect(TASK_CANDIDATE_KINDS.introduction).toEqual(expect.arrayContaining(['Fund', 'Purchaser', 'Municipality', 'Network', 'Entrepreneur']));
    expect(TASK_CANDIDATE_KINDS.introduction).not.toContain('Person');
  });
});

describe('candidatePool', () => {
  it('leaves out candidates already tied to the subject or introduced to it, for every ranker alike', () => {
    const pending = request(zonnewerf.id, frisianFund.id, '2023-05-01');
    const ctx = context(zonnewerf, [candidate(energyFund), candidate(frisianFund), candidate(housingBuyer, { directTies: [knows(0.5)] })], {
      introductions: [pending],
    });
    expect(candidatePool(ctx).candidates.map((c) => c.node.id)).toEqual([energyFund.id]);
    expect(candidatePool(ctx).subject).toBe(zonnewerf);
  });
});
