import { TRUST_RELATIONSHIP_TYPES } from '@koppel/domain';
import { TrustSnapshotBuilder } from './trust-snapshot';
import { trustRow } from './trust-row.fixture';
import { tiesBetweenIn } from './trust-snapshot-walks';

const knows = (from: string, to: string) => trustRow(from, to);

describe('tiesBetweenIn', () => {
  it('answers a walk of hundreds of thousands of ties whole (no argument list of that size on the way)', async () => {
    // start - a_i - b_j - target for every i and j: 450 x 450 ways of three hops.
    const side = Array.from({ length: 450 }, (_, index) => index);
    const builder = new TrustSnapshotBuilder();
    for (const i of side) builder.add(knows('start', `a${i}`));
    for (const j of side) builder.add(knows(`b${j}`, 'target'));
    for (const i of side) for (const j of side) builder.add(knows(`a${i}`, `b${j}`));
    const rule = { types: TRUST_RELATIONSHIP_TYPES, maxDegree: 1000 };
    const ties = await tiesBetweenIn(builder.build(), 'start', 'target', 3, rule);
    expect(ties).toHaveLength(450 * 450 + 2 * 450);
  });
});
