import type { WalkEdge } from './walks-between';

/**
 * The in-process half of the embedded store's `meet` (WalkReads): the relationships touching the
 * passing near and far nodes, grouped by the node at their other end. (The trust snapshot meets
 * over node positions instead, SnapshotWalkReads.meet, giving the same answer.)
 */
export class MeetingSides<E extends WalkEdge> {
  /** Relationships joining a passing near node to a passing far node. */
  private readonly direct: E[] = [];
  private readonly nearTies = new Map<string, E[]>();
  private readonly farTies = new Map<string, E[]>();

  constructor(
    private readonly nearPassing: ReadonlySet<string>,
    private readonly farPassing: ReadonlySet<string>,
    edges: Iterable<E>,
  ) {
    for (const edge of edges) {
      for (const [end, other] of [
        [edge.from, edge.to],
        [edge.to, edge.from],
      ]) {
        if (nearPassing.has(end)) {
          if (farPassing.has(other)) this.direct.push(edge);
          tie(this.nearTies, other, edge);
        }
        if (farPassing.has(end)) tie(this.farTies, other, edge);
      }
    }
  }

  /** Nodes with a relationship to a passing near node and one to a passing far node. */
  between(): string[] {
    return [...this.nearTies.keys()].filter((id) => this.farTies.has(id));
  }

  /** The answer of `meet` once the caller has kept the `meeting` nodes it may walk through. */
  metAt(meeting: readonly string[]): { relationships: E[]; passable: string[] } {
    return {
      relationships: [...this.direct, ...meeting.flatMap((id) => [...(this.nearTies.get(id) ?? []), ...(this.farTies.get(id) ?? [])])],
      passable: [...this.nearPassing, ...this.farPassing, ...meeting],
    };
  }
}

function tie<E>(ties: Map<string, E[]>, other: string, edge: E): void {
  const list = ties.get(other);
  if (list) list.push(edge);
  else ties.set(other, [edge]);
}
