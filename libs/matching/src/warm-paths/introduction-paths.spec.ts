import { relationshipId, RelationshipInput, relationshipInputSchema, ValidRelationship } from '@koppel/domain';
import { node, NOW } from '../testing/match-context.builder';
import { describeWarmPaths, findWarmPaths, introductionPaths, withRelationships } from './introduction-paths';

function rel(input: RelationshipInput): ValidRelationship {
  const valid = relationshipInputSchema.parse(input);
  return { ...valid, id: relationshipId(valid) };
}

const person = (id: string, name: string) => node({ id, kind: 'Person', name });
const nodes = [
  node({ id: 'ent:a', kind: 'Entrepreneur', name: 'A', municipality: 'groningen', enterpriseKind: 'SOCIAL', stage: 'STARTUP', themes: ['FOOD'] }),
  node({ id: 'fund:z', kind: 'Fund', name: 'Z' }),
  person('p:anna', 'Anna'),
  person('p:bram', 'Bram'),
  person('p:cees', 'Cees'),
  person('p:dirk', 'Dirk'),
  node({ id: 'net:voedsel', kind: 'Network', name: 'Voedselnetwerk', themes: ['FOOD'], regions: ['GRONINGEN'] }),
  node({ id: 'event:pitch', kind: 'Event', name: 'Pitchavond', date: '2027-02-01' }),
];

const request = { fromId: 'ent:a', toId: 'fund:z', maxHops: 4, maxPaths: 3, now: NOW };

describe('introductionPath: warm ways in', () => {
  it('prefers a short chain of strong, recent ties and names who to ask first', () => {
    const relationships = [
      // A - Anna - Z: two strong, fresh ties.
      rel({ type: 'KNOWS', from: 'p:anna', to: 'ent:a', strength: 0.9, lastActiveAt: '2026-09-01' }),
      rel({ type: 'WORKS_FOR', from: 'p:anna', to: 'fund:z' }),
      // A - Bram - Cees - Z: longer.
      rel({ type: 'KNOWS', from: 'ent:a', to: 'p:bram', strength: 1, lastActiveAt: '2026-10-01' }),
      rel({ type: 'KNOWS', from: 'p:bram', to: 'p:cees', strength: 1, lastActiveAt: '2026-10-01' }),
      rel({ type: 'WORKS_FOR', from: 'p:cees', to: 'fund:z' }),
    ];
    const answer = introductionPaths({ nodes, relationships }, request);
    expect(answer.paths.map((path) => path.nodes.map((n) => n.id))).toEqual([
      ['ent:a', 'p:anna', 'fund:z'],
      ['ent:a', 'p:bram', 'p:cees', 'fund:z'],
    ]);
    expect(answer.askFirst).toEqual({ id: 'p:anna', kind: 'Person', name: 'Anna' });
    expect(answer.sentence.nl).toBe('Vraag eerst Anna om een introductie.');
    expect(answer.paths[0].relationships.map((r) => r.type)).toEqual(['KNOWS', 'WORKS_FOR']);
  });

  it('prefers a fresh tie over one that faded years ago', () => {
    const relationships = [
      rel({ type: 'KNOWS', from: 'ent:a', to: 'p:anna', strength: 0.9, lastActiveAt: '2016-01-01' }),
      rel({ type: 'WORKS_FOR', from: 'p:anna', to: 'fund:z' }),
      rel({ type: 'KNOWS', from: 'ent:a', to: 'p:bram', strength: 0.9, lastActiveAt: '2026-10-01' }),
      rel({ type: 'WORKS_FOR', from: 'p:bram', to: 'fund:z' }),
    ];
    expect(introductionPaths({ nodes, relationships }, request).askFirst?.id).toBe('p:bram');
  });

  it('walks trusted relationships only: not shared events, not doubtful ties', () => {
    const relationships = [
      rel({ type: 'ATTENDED', from: 'ent:a', to: 'event:pitch' }),
      rel({ type: 'ATTENDED', from: 'p:dirk', to: 'event:pitch' }),
      rel({ type: 'WORKS_FOR', from: 'p:dirk', to: 'fund:z' }),
      rel({ type: 'KNOWS', from: 'ent:a', to: 'p:cees', strength: 1, confidence: 0.2 }),
      rel({ type: 'WORKS_FOR', from: 'p:cees', to: 'fund:z' }),
    ];
    expect(introductionPaths({ nodes, relationships }, request).paths).toEqual([]);
  });

  it('keeps to the hop limit', () => {
    const relationships = [
      rel({ type: 'KNOWS', from: 'ent:a', to: 'p:bram', strength: 1 }),
      rel({ type: 'KNOWS', from: 'p:bram', to: 'p:cees', strength: 1 }),
      rel({ type: 'WORKS_FOR', from: 'p:cees', to: 'fund:z' }),
    ];
    expect(introductionPaths({ nodes, relationships }, { ...request, maxHops: 2 }).paths).toEqual([]);
    expect(introductionPaths({ nodes, relationships }, { ...request, maxHops: 3 }).paths).toHaveLength(1);
  });

  it('says so when there is no path, and suggests the network or event that would make one', () => {
    const relationships = [
      rel({ type: 'MEMBER_OF', from: 'fund:z', to: 'net:voedsel' }),
      rel({ type: 'ATTENDED', from: 'fund:z', to: 'event:pitch' }),
    ];
    const answer = introductionPaths({ nodes, relationships }, request);
    expect(answer.paths).toEqual([]);
    expect(answer.askFirst).toBeNull();
    expect(answer.bridges.map((bridge) => bridge.node.id)).toEqual(['event:pitch', 'net:voedsel']);
    expect(answer.sentence.en).toBe('There is no warm path within 4 steps. Go to Pitchavond on 2027-02-01: Z will be there.');
  });

  it('finds the same paths over lean ties, and describes them with the relationships read in full', () => {
    const relationships = [
      rel({ type: 'KNOWS', from: 'p:anna', to: 'ent:a', strength: 0.9, lastActiveAt: '2026-09-01', source: 'intake' }),
      rel({ type: 'WORKS_FOR', from: 'p:anna', to: 'fund:z', role: 'partner' }),
      rel({ type: 'KNOWS', from: 'ent:a', to: 'p:bram', strength: 1, lastActiveAt: '2026-10-01' }),
      rel({ type: 'KNOWS', from: 'p:bram', to: 'p:cees', strength: 1, lastActiveAt: '2026-10-01' }),
      rel({ type: 'WORKS_FOR', from: 'p:cees', to: 'fund:z' }),
    ];
    const lean = relationships.map(({ id, type, from, to, strength, lastActiveAt, confidence }) => ({ id, type, from, to, strength, lastActiveAt, confidence }));
    const found = findWarmPaths(lean, request);
    const full = withRelationships(found, relationships);
    expect(describeWarmPaths(full, { nodes, relationships }, request)).toEqual(introductionPaths({ nodes, relationships }, request));
    expect(full.paths[0].edges.map((edge) => edge.relationship)).toEqual([relationships[0], relationships[1]]);
  });

  it('leaves out a path whose relationship was not read in full (deleted in between)', () => {
    const relationships = [
      rel({ type: 'KNOWS', from: 'p:anna', to: 'ent:a', strength: 0.9, lastActiveAt: '2026-09-01' }),
      rel({ type: 'WORKS_FOR', from: 'p:anna', to: 'fund:z' }),
      rel({ type: 'KNOWS', from: 'ent:a', to: 'p:bram', strength: 1, lastActiveAt: '2026-10-01' }),
      rel({ type: 'WORKS_FOR', from: 'p:bram', to: 'fund:z' }),
    ];
    const full = withRelationships(findWarmPaths(relationships, request), relationships.slice(0, 3));
    expect(full.paths.map((path) => path.nodeIds)).toEqual([['ent:a', 'p:anna', 'fund:z']]);
    expect(full.nodeIds).toEqual(['ent:a', 'p:anna', 'fund:z']);
  });
});
