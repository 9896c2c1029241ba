import type { TieBetween } from '@koppel/domain';
import type { RelationshipScope } from './graph-store.port';
import { MeetingSides } from './meeting-sides';
import { snapshotScope, SnapshotScope, TrustSnapshot } from './trust-snapshot';
import { HubRule, walksBetween, WalkEdge, WalkReads } from './walks-between';

/**
 * The trust ties on the walks between two nodes, found in a TrustSnapshot: the same walk as
 * relationshipsBetween (walksBetween, so the same hub rule and the same relationships kept),
 * with its two reads answered from memory. Nodes are named by their position in the snapshot;
 * an end without trust relationships has none to walk.
 */
export async function tiesBetweenIn(
  snapshot: TrustSnapshot,
  fromId: string,
  toId: string,
  maxHops: number,
  rule: RelationshipScope & { maxDegree: number },
): Promise<TieBetween[]> {
  const from = snapshot.positionOf.get(fromId);
  const to = snapshot.positionOf.get(toId);
  if (from === undefined || to === undefined || from === to) return [];
  const kept = await walksBetween(String(from), String(to), maxHops, rule, new SnapshotWalkReads(snapshot, snapshotScope(rule)));
  return kept.map((edge) => snapshot.tie(Number(edge.id))).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** walksBetween's reads over a snapshot: node and relationship numbers as text. */
class SnapshotWalkReads implements WalkReads<WalkEdge> {
  private readonly degrees: Int32Array;

  constructor(
    private readonly snapshot: TrustSnapshot,
    private readonly scope: SnapshotScope,
  ) {
    this.degrees = snapshot.degrees(scope);
  }

  async expand(ids: readonly string[], rule: HubRule): Promise<{ relationships: WalkEdge[]; expanded: string[] }> {
    const expanded = ids.filter((id) => this.passes(id, rule));
    return { relationships: this.touching(expanded), expanded };
  }

  async meet(near: readonly string[], far: readonly string[], rule: HubRule): Promise<{ relationships: WalkEdge[]; passable: string[] }> {
    const nearPassing = new Set(near.filter((id) => this.passes(id, rule)));
    const farPassing = new Set(far.filter((id) => this.passes(id, rule)));
    // Every relationship used has a passing end: a hub's other relationships are never read.
    const sides = new MeetingSides(nearPassing, farPassing, this.touching([...new Set([...nearPassing, ...farPassing])]));
    return sides.metAt(sides.between().filter((id) => this.passes(id, rule)));
  }

  private passes(id: string, rule: HubRule): boolean {
    return rule.ends.includes(id) || this.degrees[Number(id)] <= rule.maxDegree;
  }

  /** Every relationship in scope touching one of `ids`, once. */
  private touching(ids: readonly string[]): WalkEdge[] {
    const seen = new Set<number>();
    const edges: WalkEdge[] = [];
    for (const id of ids) {
      for (const edge of this.snapshot.edgesAt(Number(id), this.scope)) {
        if (seen.has(edge)) continue;
        seen.add(edge);
        edges.push({ id: String(edge), from: String(this.snapshot.from(edge)), to: String(this.snapshot.to(edge)) });
      }
    }
    return edges;
  }
}
