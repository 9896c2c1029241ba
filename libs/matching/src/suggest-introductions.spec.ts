import { startIntroduction, respondToIntroduction } from '@koppel/domain';
import { suggestIntroductions } from './suggest-introductions';
import {
  bigTicketFund,
  candidate,
  context,
  energyFund,
  energyNetwork,
  frisianFund,
  housingBuyer,
  knows,
  node,
  NOW,
  peer,
  variant,
  zonnewerf,
} from './testing/match-context.builder';

const suggest = (ctx: Parameters<typeof suggestIntroductions>[0], extra: Partial<Parameters<typeof suggestIntroductions>[1]> = {}) =>
  suggestIntroductions(ctx, { now: NOW, limit: 10, ...extra });
const ids = (suggestions: ReturnType<typeof suggestIntroductions>) => suggestions.map((s) => s.target.id);

describe('suggestIntroductions: eligibility comes first, as hard rules', () => {
  it('suggests a fund whose thesis the enterprise meets, listing every rule it passed', () => {
    const [suggestion] = suggest(context(zonnewerf, [candidate(energyFund)]));
    expect(suggestion.target.id).toBe('fund:energie');
    expect(suggestion.eligibility.map((rule) => [rule.rule, rule.passed])).toEqual([
      ['VISIBLE_FOR_MATCHMAKING', true],
      ['NOT_ALREADY_CONNECTED', true],
      ['NO_OPEN_OR_RECENT_INTRODUCTION', true],
      ['FUND_OPEN_FOR_APPLICATIONS', true],
      ['FUND_SOCIAL_ONLY', true],
      ['FUND_REGION', true],
      ['FUND_STAGE', true],
      ['FUND_TICKET_SIZE', true],
    ]);
  });

  it('never suggests a social-only fund to a constructive enterprise', () => {
    const constructive = variant(zonnewerf, { enterpriseKind: 'CONSTRUCTIVE' });
    expect(suggest(context(constructive, [candidate(energyFund)]))).toEqual([]);
  });

  it('never suggests a fund outside its regions, or one whose tickets are far from the ask', () => {
    expect(suggest(context(zonnewerf, [candidate(frisianFund), candidate(bigTicketFund)]))).toEqual([]);
  });

  it('never suggests an organisation that opted out of matchmaking', () => {
    const hidden = variant(energyNetwork, { visibleForMatchmaking: false });
    expect(suggest(context(zonnewerf, [candidate(hidden)]))).toEqual([]);
  });

  it('does not suggest who the subject is already connected with', () => {
    const connected = candidate(energyNetwork, { directTies: [{ type: 'MEMBER_OF', confidence: 1 }] });
    expect(suggest(context(zonnewerf, [connected]))).toEqual([]);
  });

  it('does not suggest a target of an open introduction, nor one that declined within the cool-down', () => {
    const open = startIntroduction({ requesterId: zonnewerf.id, targetId: energyNetwork.id, message: 'Hallo' }, 'intro:1', new Date('2026-10-01'));
    expect(suggest(context(zonnewerf, [candidate(energyNetwork)], { introductions: [open] }))).toEqual([]);
    const declined = respondToIntroduction(open, false, energyNetwork.id, new Date('2026-10-02'));
    expect(suggest(context(zonnewerf, [candidate(energyNetwork)], { introductions: [declined] }))).toEqual([]);
    const later = suggestIntroductions(context(zonnewerf, [candidate(energyNetwork)], { introductions: [declined] }), {
      now: new Date('2027-06-01'),
      limit: 10,
    });
    expect(ids(later)).toEqual(['net:energie']);
  });

  it("suggests a municipality's desk only to enterprises in that municipality", () => {
    const groningen = node({ id: 'municipality:groningen', kind: 'Municipality', name: 'Gemeente Groningen', municipality: 'groningen', offers: ['MARKET_POLICY'] });
    const assen = node({ id: 'municipality:assen', kind: 'Municipality', name: 'Gemeente Assen', municipality: 'assen', offers: ['MARKET_POLICY'] });
    expect(ids(suggest(context(zonnewerf, [candidate(groningen), candidate(assen)])))).toEqual(['municipality:groningen']);
  });
});

describe('suggestIntroductions: fit, proximity, reciprocity and history order the list', () => {
  it('ranks who offers what the enterprise needs above who does not', () => {
    const knowledge = node({ id: 'ki:hanze', kind: 'KnowledgeInstitution', name: 'Hanze', municipality: 'groningen', offers: ['KNOWLEDGE'], themes: ['ENERGY_TRANSITION'] });
    const ranked = suggest(context(zonnewerf, [candidate(knowledge), candidate(energyFund)]));
    expect(ids(ranked)).toEqual(['fund:energie', 'ki:hanze']);
    expect(ranked[0].reasons.map((reason) => reason.kind)).toContain('NEED_MET');
  });

  it('lifts a candidate both know someone in common with, and names who to ask first', () => {
    const anna = { id: 'person:anna', kind: 'Person' as const, name: 'Anna de Vries' };
    const warm = candidate(energyNetwork, {
      commonNeighbours: [{ id: anna.id, degree: 4, subjectTie: knows(0.9), candidateTie: knows(0.8) }],
    });
    const [withPath] = suggest(context(zonnewerf, [warm], { intermediaries: { [anna.id]: anna } }));
    const [withoutPath] = suggest(context(zonnewerf, [candidate(energyNetwork)]));
    expect(withPath.score).toBeGreaterThan(withoutPath.score);
    expect(withPath.warmWayIn?.via).toEqual(anna);
    expect(withPath.warmWayIn?.sentence.nl).toBe('Vraag Anna de Vries om jullie voor te stellen.');
    expect(withPath.reasons.find((reason) => reason.kind === 'WARM_PATH')?.evidence.intermediaries).toEqual([anna]);
    expect(withoutPath.warmWayIn).toBeNull();
  });

  it('counts a faded tie for less than a fresh one', () => {
    const via = (lastActiveAt: string) =>
      candidate(energyNetwork, { commonNeighbours: [{ id: 'person:anna', degree: 4, subjectTie: knows(0.9, lastActiveAt), candidateTie: knows(0.9, lastActiveAt) }] });
    const [fresh] = suggest(context(zonnewerf, [via('2026-10-01')]));
    const [faded] = suggest(context(zonnewerf, [via('2018-10-01')]));
    expect(fresh.score).toBeGreaterThan(faded.score);
  });

  it('weighs the target side too: a peer that needs nothing the subject offers ranks below one that does', () => {
    const helped = variant(peer, { id: 'ent:helped', needs: [{ domain: 'FINANCE', description: 'x' }] });
    const offering = variant(zonnewerf, { id: 'ent:subject', offers: ['NETWORK'] });
    const ranked = suggest(context(offering, [candidate(helped), candidate(peer)]), { kinds: ['Entrepreneur'] });
    expect(ids(ranked)).toEqual(['ent:isolatie', 'ent:helped']);
    expect(ranked[0].reasons.some((reason) => reason.kind === 'RECIPROCITY')).toBe(true);
  });

  it('discounts a suggestion shown before and ignored', () => {
    const fresh = suggest(context(zonnewerf, [candidate(energyNetwork)]))[0];
    const ignored = suggest(
      context(zonnewerf, [candidate(energyNetwork)], { impressions: [{ targetId: energyNetwork.id, timesShown: 3, lastShownAt: '2026-10-01T00:00:00Z' }] }),
    )[0];
    expect(ignored.score).toBeCloseTo(fresh.score * 0.85 ** 3, 3);
    expect(ignored.reasons.find((reason) => reason.kind === 'IGNORED_BEFORE')?.contribution).toBeLessThan(0);
  });

  it("lets a target's record of accepted and fruitful introductions count", () => {
    const welcoming = candidate(energyNetwork, { introductionRecord: { requested: 6, accepted: 5, declined: 0, fruitful: 4 } });
    const refusing = candidate(variant(energyNetwork, { id: 'net:b' }), { introductionRecord: { requested: 6, accepted: 0, declined: 6, fruitful: 0 } });
    expect(ids(suggest(context(zonnewerf, [refusing, welcoming])))).toEqual(['net:energie', 'net:b']);
  });
});

describe('suggestIntroductions: the list is varied, filtered and explained', () => {
  const funds = [1, 2, 3, 4].map((n) => variant(energyFund, { id: `fund:f${n}`, name: `Fonds ${n}` }));

  it('does not fill the top with one kind unless that kind was asked for', () => {
    const ctx = context(zonnewerf, [...funds.map((fund) => candidate(fund)), candidate(energyNetwork), candidate(housingBuyer)]);
    const top3 = suggest(ctx, { limit: 3 }).map((s) => s.target.kind);
    expect(new Set(top3).size).toBeGreaterThan(1);
    expect(suggest(ctx, { limit: 3, kinds: ['Fund'] }).map((s) => s.target.kind)).toEqual(['Fund', 'Fund', 'Fund']);
  });

  it('filters by the domain the candidate offers, and keeps to the limit', () => {
    const ctx = context(zonnewerf, [...funds.map((fund) => candidate(fund)), candidate(energyNetwork)]);
    expect(ids(suggest(ctx, { domains: ['NETWORK'] }))).toEqual(['net:energie']);
    expect(suggest(ctx, { limit: 2 })).toHaveLength(2);
  });

  it('keeps to the ask size a scouting fund names', () => {
    const big = variant(peer, { id: 'ent:big', needs: [{ domain: 'FINANCE', description: 'groei', amountEur: 400_000 }] });
    const small = variant(peer, { id: 'ent:small', needs: [{ domain: 'FINANCE', description: 'start', amountEur: 30_000 }] });
    const scouting = context(energyFund, [candidate(big), candidate(small), candidate(peer)]);
    expect(ids(suggest(scouting, { askBetween: { minEur: 100_000 } }))).toEqual(['ent:big']);
    expect(ids(suggest(scouting, { askBetween: { maxEur: 100_000 } }))).toEqual(['ent:small']);
  });

  it('explains each suggestion in Dutch and English, with a confidence apart from the score', () => {
    const [suggestion] = suggest(context(zonnewerf, [candidate(housingBuyer)]));
    const market = suggestion.reasons.find((reason) => reason.kind === 'MARKET_FIT');
    expect(market?.evidence.categories).toEqual(['verduurzaming maatschappelijk vastgoed']);
    expect(market?.sentence.nl).toContain('Woonstad inkoop koopt verduurzaming maatschappelijk vastgoed');
    expect(market?.sentence.en).toContain('Woonstad inkoop buys verduurzaming maatschappelijk vastgoed');
    expect(suggestion.confidence.level).toMatch(/HIGH|MEDIUM|LOW/);
    const total = suggestion.reasons.reduce((sum, reason) => sum + reason.contribution, 0);
    expect(total).toBeCloseTo(suggestion.score, 3);
  });

  it('gives lower confidence to an illustrative profile', () => {
    const illustrative = variant(energyNetwork, { illustrative: true });
    const [sure] = suggest(context(zonnewerf, [candidate(energyNetwork)]));
    const [unsure] = suggest(context(zonnewerf, [candidate(illustrative)]));
    expect(unsure.confidence.value).toBeLessThan(sure.confidence.value);
  });
});
