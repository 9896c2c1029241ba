import { NodeKind, StakeholderNode } from '@koppel/domain';
import { CandidateSummaries, reachBits, themeBits } from '../candidate-selection';

/**
 * What the Neo4j match context keeps between requests while the graph stays at one version:
 * per kind, the summaries candidate selection reads (every matchable node of the kind); per
 * visibility scope, the trust degrees computed so far; and the parsed nodes confirmed current.
 *
 * The version is the `(:KoppelGraphVersion)` node's random `version`, which every write of nodes
 * or relationships changes in its own transaction (BUMP_GRAPH_VERSION), so equal versions mean
 * an unchanged graph, whichever process wrote. Everything here is read after the version it is
 * filed under, so it is at least as new as that version; a write since makes the version differ
 * and the whole cache is dropped at the next request. Nothing is ever kept older than its label.
 */

/** [id, kind, themes, province, regions, stage, enterpriseKind], as MATCH_CONTEXT_CANDIDATES returns each matchable node. */
export type SummaryRow = [string, NodeKind, string[] | null, string | null, string[] | null, string | null, string | null];

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export class GraphVersionCache {
  private readonly summaries = new Map<NodeKind, CandidateSummaries>();
  private readonly degrees = new Map<string, Map<string, number>>();
  /** Nodes whose properties were read, or whose kept rev was confirmed, at this version. */
  readonly nodes = new Map<string, StakeholderNode>();

  /** null: the database has no version (never written through Koppel, or not migrated); such a cache serves one request only. */
  constructor(readonly version: string | null) {}

  get keepable(): boolean {
    return this.version !== null;
  }

  kindsMissing(kinds: readonly NodeKind[]): NodeKind[] {
    return kinds.filter((kind) => !this.summaries.has(kind));
  }

  summariesOf(kind: NodeKind): CandidateSummaries | undefined {
    return this.summaries.get(kind);
  }

  /** Files the rows of the kinds scanned; a kind scanned with no matchable node gets empty summaries. */
  addSummaries(scanned: readonly NodeKind[], rows: readonly SummaryRow[]): void {
    const byKind = new Map<NodeKind, SummaryRow[]>(scanned.map((kind) => [kind, []]));
    for (const row of rows) byKind.get(row[1])?.push(row);
    for (const [kind, ofKind] of byKind) {
      ofKind.sort((a, b) => byId(a[0], b[0]));
      const count = ofKind.length;
      const summaries: CandidateSummaries = {
        ids: ofKind.map((row) => row[0]),
        kinds: ofKind.map((row) => row[1]),
        provinces: ofKind.map((row) => row[3]),
        stages: ofKind.map((row) => row[5]),
        enterpriseKinds: ofKind.map((row) => row[6]),
        // The scan returns only nodes visible for matchmaking.
        matchable: new Uint8Array(count).fill(1),
        themes: Uint16Array.from(ofKind, (row) => themeBits(row[2])),
        reach: Uint8Array.from(ofKind, (row) => reachBits(row[4], row[3])),
      };
      this.summaries.set(kind, summaries);
    }
  }

  /** The trust degrees known in one visibility scope (its visibilities, joined), by node id. */
  degreesIn(scope: string): Map<string, number> {
    let known = this.degrees.get(scope);
    if (!known) this.degrees.set(scope, (known = new Map()));
    return known;
  }
}

/** Position of an id in ids sorted by byId; -1 when absent. */
export function positionOf(ids: readonly string[], id: string): number {
  let low = 0;
  let high = ids.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const order = byId(ids[middle], id);
    if (order === 0) return middle;
    if (order < 0) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}
