import type { TieBetween } from '@koppel/domain';
import type { RelationshipScope } from './graph-store.port';
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

/** The sides of a meet, as bits. */
const NEAR = 1;
const FAR = 2;

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

  /**
   * The meet of walksBetween worked out over positions, without materialising every relationship
   * of both frontiers: next to a network both ends know, those are thousands, while what meets
   * is a few hundred. Only the relationships of the answer become WalkEdges. The same answer as
   * grouping them all (MeetingSides): the relationships joining a passing near node to a passing
   * far node, and those of every passing node touching both sides to a passing near or far node.
   */
  async meet(near: readonly string[], far: readonly string[], rule: HubRule): Promise<{ relationships: WalkEdge[]; passable: string[] }> {
    const nearPassing = near.map(Number).filter((position) => this.passes(position, rule));
    const farPassing = far.map(Number).filter((position) => this.passes(position, rule));
    const { snapshot, scope } = this;
    const side = new Uint8Array(snapshot.nodeIds.length);
    for (const position of nearPassing) side[position] |= NEAR;
    for (const position of farPassing) side[position] |= FAR;
    /** Which sides each node touches (NEAR, FAR), and the nodes touching any, once each. */
    const touches = new Uint8Array(snapshot.nodeIds.length);
    const touching: number[] = [];
    const answer = new Set<number>();
    const reach = (positions: readonly number[], bit: number) => {
      for (const position of positions) {
        snapshot.forEachEdgeAt(position, scope, (edge) => {
          const other = snapshot.otherEnd(edge, position);
          if (touches[other] === 0) touching.push(other);
          touches[other] |= bit;
          if (bit === NEAR && side[other] & FAR) answer.add(edge);
        });
      }
    };
    reach(nearPassing, NEAR);
    reach(farPassing, FAR);
    const meeting = touching.filter((position) => touches[position] === (NEAR | FAR) && this.passes(position, rule));
    for (const position of meeting) {
      snapshot.forEachEdgeAt(position, scope, (edge) => {
        if (side[snapshot.otherEnd(edge, position)] !== 0) answer.add(edge);
      });
    }
    return {
      relationships: [...answer].map((edge) => this.walkEdge(edge)),
      passable: [...nearPassing, ...farPassing, ...meeting].map(String),
    };
  }

  private passes(id: string | number, rule: HubRule): boolean {
    return rule.ends.includes(String(id)) || this.degrees[Number(id)] <= rule.maxDegree;
  }

  private walkEdge(edge: number): WalkEdge {
    return { id: String(edge), from: String(this.snapshot.from(edge)), to: String(this.snapshot.to(edge)) };
  }

  /** Every relationship in scope touching one of `ids`, once. */
  private touching(ids: readonly string[]): WalkEdge[] {
    const seen = new Set<number>();
    const edges: WalkEdge[] = [];
    for (const id of ids) {
      this.snapshot.forEachEdgeAt(Number(id), this.scope, (edge) => {
        if (seen.has(edge)) return;
        seen.add(edge);
        edges.push(this.walkEdge(edge));
      });
    }
    return edges;
  }
}
