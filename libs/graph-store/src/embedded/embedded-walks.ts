import type Database from 'better-sqlite3';
import type { RelationshipScope } from '../graph-store.port';
import type { HubRule, WalkEdge, WalkReads } from '../walks-between';
import { MeetingSides } from '../meeting-sides';
import { relationshipWhere } from './embedded-filters';

/**
 * A relationship as a walk sees it here: node nids (as text) and its key columns, no JSON. The
 * walk runs on nids; only the relationships it keeps are read in full.
 */
export interface NidEdge extends WalkEdge {
  type: string;
  key: string;
}

type LeanRow = [number, string, number, string];

/**
 * walksBetween's reads on SQLite, over the relationship primary key and the index by `to`:
 * rows of four columns, so counting the members of a network costs index entries, not JSON.
 */
export class EmbeddedWalkReads implements WalkReads<NidEdge> {
  constructor(private readonly db: Database.Database) {}

  async expand(ids: readonly string[], rule: HubRule): Promise<{ relationships: NidEdge[]; expanded: string[] }> {
    const { edges, degree } = this.touching(ids, rule);
    const expanded = new Set(ids.filter((id) => rule.ends.includes(id) || (degree.get(id) ?? 0) <= rule.maxDegree));
    return { relationships: edges.filter((edge) => expanded.has(edge.from) || expanded.has(edge.to)), expanded: [...expanded] };
  }

  async meet(near: readonly string[], far: readonly string[], rule: HubRule): Promise<{ relationships: NidEdge[]; passable: string[] }> {
    const { edges, degree } = this.touching([...new Set([...near, ...far])], rule);
    const passes = (id: string) => rule.ends.includes(id) || (degree.get(id) ?? 0) <= rule.maxDegree;
    const nearPassing = new Set(near.filter(passes));
    const farPassing = new Set(far.filter(passes));
    const sides = new MeetingSides(nearPassing, farPassing, edges);
    const between = sides.between();
    const unknown = between.filter((id) => !degree.has(id) && !rule.ends.includes(id));
    const degreeOf = new Map([...degree, ...this.degrees(unknown, rule)]);
    return sides.metAt(between.filter((id) => rule.ends.includes(id) || (degreeOf.get(id) ?? 0) <= rule.maxDegree));
  }

  /** Every relationship in scope touching one of `ids`, and how many each of them has. */
  private touching(ids: readonly string[], scope: RelationshipScope): { edges: NidEdge[]; degree: Map<string, number> } {
    const nids = JSON.stringify(ids.map(Number));
    const { params } = relationshipWhere({ types: scope.types, visibilities: scope.visibilities });
    const rows = this.lean(scope).all(nids, ...params, nids, ...params) as LeanRow[];
    const asked = new Set(ids);
    const degree = new Map<string, number>();
    const byId = new Map<string, NidEdge>();
    for (const [fromNid, type, toNid, key] of rows) {
      const edge: NidEdge = { id: `${fromNid}>${type}>${toNid}#${key}`, from: String(fromNid), to: String(toNid), type, key };
      // A relationship between two asked nodes comes twice: once for each end.
      if (byId.has(edge.id)) continue;
      byId.set(edge.id, edge);
      for (const end of [edge.from, edge.to]) if (asked.has(end)) degree.set(end, (degree.get(end) ?? 0) + 1);
    }
    return { edges: [...byId.values()], degree };
  }

  private degrees(ids: readonly string[], scope: RelationshipScope): Map<string, number> {
    if (ids.length === 0) return new Map();
    return this.touching(ids, scope).degree;
  }

  private readonly statements = new Map<string, Database.Statement>();

  /** Relationships touching the nids of a JSON array, outward then inward, as key rows. */
  private lean(scope: RelationshipScope): Database.Statement {
    const where = relationshipWhere({ types: scope.types, visibilities: scope.visibilities }).sql;
    let statement = this.statements.get(where);
    if (!statement) {
      statement = this.db
        .prepare(
          `SELECT r.from_nid, r.type, r.to_nid, r.key FROM relationships r
           WHERE r.from_nid IN (SELECT value FROM json_each(?)) AND ${where}
           UNION ALL
           SELECT r.from_nid, r.type, r.to_nid, r.key FROM relationships r
           WHERE r.to_nid IN (SELECT value FROM json_each(?)) AND ${where}`,
        )
        .raw();
      this.statements.set(where, statement);
    }
    return statement;
  }
}
