import { snapshotScope, TrustRow, TrustSnapshotBuilder } from './trust-snapshot';
import { trustRow } from './trust-row.fixture';

const row = trustRow;

function build(rows: TrustRow[]) {
  const builder = new TrustSnapshotBuilder();
  for (const each of rows) builder.add(each);
  return builder.build();
}

function edgesOf(snapshot: ReturnType<typeof build>, id: string, scope = snapshotScope({})): string[] {
  const position = snapshot.positionOf.get(id) as number;
  const ids: string[] = [];
  snapshot.forEachEdgeAt(position, scope, (edge) => {
    expect(snapshot.nodeIds[snapshot.otherEnd(edge, position)]).not.toBe(id);
    ids.push(snapshot.tie(edge).id);
  });
  return ids;
}

describe('TrustSnapshot', () => {
  it('gives each relationship back with its tie facts as stored, dates and keys included', () => {
    const snapshot = build([
      row('a', 'b', { strength: 0.9, lastActiveAt: '2026-01-02', confidence: 0.75 }),
      row('b', 'c', { type: 'FUNDED', key: '2024', year: 2024, strength: 1 }),
    ]);
    expect([0, 1].map((edge) => snapshot.tie(edge))).toEqual([
      { id: 'a>KNOWS>b', type: 'KNOWS', from: 'a', to: 'b', strength: 0.9, lastActiveAt: '2026-01-02', confidence: 0.75 },
      { id: 'b>FUNDED>c#2024', type: 'FUNDED', from: 'b', to: 'c', key: '2024', strength: 1, confidence: 1, year: 2024 },
    ]);
  });

  it('keeps trust relationships only', () => {
    const snapshot = build([row('a', 'b'), row('a', 'e', { type: 'ATTENDED' }), row('a', 'm', { type: 'LOCATED_IN' })]);
    expect(snapshot.size).toBe(1);
    expect(snapshot.positionOf.has('e')).toBe(false);
  });

  it('lists a node’s relationships in either direction, in scope, and counts degrees per scope', () => {
    const snapshot = build([
      row('a', 'b'),
      row('c', 'a', { visibility: 'COORDINATORS' }),
      row('a', 'd', { type: 'MEMBER_OF' }),
      row('a', 'f', { visibility: null }),
    ]);
    expect(edgesOf(snapshot, 'a').sort()).toEqual(['a>KNOWS>b', 'a>KNOWS>f', 'a>MEMBER_OF>d', 'c>KNOWS>a']);
    const publicKnows = snapshotScope({ types: ['KNOWS'], visibilities: ['PUBLIC'] });
    expect(edgesOf(snapshot, 'a', publicKnows)).toEqual(['a>KNOWS>b']);
    // Without a known visibility a relationship is seen only when no visibility is asked.
    expect(edgesOf(snapshot, 'f', snapshotScope({ visibilities: ['PUBLIC', 'MEMBERS', 'COORDINATORS'] }))).toEqual([]);
    const position = snapshot.positionOf.get('a') as number;
    expect(snapshot.degrees(snapshotScope({}))[position]).toBe(4);
    expect(snapshot.degrees(publicKnows)[position]).toBe(1);
  });

  it('grows past its first allocation', () => {
    const rows = Array.from({ length: 5000 }, (_, index) => row(`n${index}`, `n${index + 1}`, { strength: index / 5000 }));
    const snapshot = build(rows);
    expect(snapshot.size).toBe(5000);
    expect(snapshot.tie(4999)).toMatchObject({ id: 'n4999>KNOWS>n5000', strength: 4999 / 5000 });
    expect(edgesOf(snapshot, 'n2500')).toEqual(['n2499>KNOWS>n2500', 'n2500>KNOWS>n2501']);
  });
});
