import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  checkBatchAgainstStore,
  GraphBatchInput,
  idsReferencedBy,
  NODE_KINDS,
  NodeKind,
  NotFoundError,
  RelationshipEnds,
  StakeholderNode,
  validateGraphBatch,
  ValidRelationship,
} from '@koppel/domain';
import type {
  GraphPath,
  GraphStore,
  NeighbourhoodOptions,
  NodeFilter,
  Page,
  PageRequest,
  PathOptions,
  RelationshipFilter,
  StoreHealth,
  Subgraph,
  UpsertResult,
} from '../graph-store.port';
import { walkNeighbourhood } from '../neighbourhood-walk';
import { decodeCursor, encodeCursor } from '../page-cursor';
import { checkNeighbourhoodOptions, checkPageRequest, checkPathOptions } from '../request-limits';
import { shortestPathBreadthFirst } from '../shortest-path-walk';
import { EMBEDDED_MIGRATIONS } from './embedded-schema';
import { nodeTags, nodeToRow, relationshipToRow, rowToNode, rowToRelationship } from './embedded-mapper';
import { relationshipWhere, nodeWhere } from './embedded-filters';

export interface EmbeddedStoreOptions {
  /** Directory for the database file; created when missing. `:memory:` for a throw-away store. */
  dataDir: string;
}

/** SQLite limits bound parameters per statement; look ids up in chunks below that. */
const LOOKUP_CHUNK = 500;

/**
 * The default store: SQLite through better-sqlite3, in process. WAL with synchronous=FULL
 * means a write is on disk before upsert() resolves, so a kill -9 loses nothing acknowledged.
 */
export class EmbeddedGraphStore implements GraphStore {
  readonly kind = 'embedded' as const;
  private readonly db: Database.Database;

  constructor(options: EmbeddedStoreOptions) {
    const file =
      options.dataDir === ':memory:'
        ? ':memory:'
        : (mkdirSync(options.dataDir, { recursive: true }), join(options.dataDir, 'koppel.sqlite'));
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('foreign_keys = ON');
    this.migrate();
  }

  private migrate(): void {
    const current = this.db.pragma('user_version', { simple: true }) as number;
    EMBEDDED_MIGRATIONS.slice(current).forEach((sql, index) => {
      this.db.transaction(() => {
        this.db.exec(sql);
        this.db.pragma(`user_version = ${current + index + 1}`);
      })();
    });
  }

  async upsert(input: GraphBatchInput): Promise<UpsertResult> {
    const batch = validateGraphBatch(input);
    const upsertNode = this.db.prepare(
      `INSERT INTO nodes (id, kind, name_lower, municipality, province, data)
       VALUES (@id, @kind, @name_lower, @municipality, @province, @data)
       ON CONFLICT (id) DO UPDATE SET name_lower = excluded.name_lower,
         municipality = excluded.municipality, province = excluded.province, data = excluded.data`,
    );
    const clearTags = this.db.prepare('DELETE FROM node_tags WHERE node_id = ?');
    const addTag = this.db.prepare('INSERT OR IGNORE INTO node_tags (tag, node_id) VALUES (?, ?)');
    const upsertRelationship = this.db.prepare(
      `INSERT INTO relationships (id, type, from_id, to_id, data)
       VALUES (@id, @type, @from_id, @to_id, @data)
       ON CONFLICT (id) DO UPDATE SET data = excluded.data`,
    );

    this.db.transaction(() => {
      checkBatchAgainstStore(
        batch,
        this.storedKinds(idsReferencedBy(batch)),
        this.storedRelationshipEnds(batch.relationships.map((rel) => rel.id)),
      );
      for (const node of batch.nodes) {
        upsertNode.run(nodeToRow(node));
        clearTags.run(node.id);
        for (const tag of nodeTags(node)) addTag.run(tag, node.id);
      }
      for (const rel of batch.relationships) upsertRelationship.run(relationshipToRow(rel));
    })();
    return { nodesWritten: batch.nodes.length, relationshipsWritten: batch.relationships.length };
  }

  private inChunks<T>(ids: readonly string[], query: (chunk: string[]) => T[]): T[] {
    const out: T[] = [];
    for (let i = 0; i < ids.length; i += LOOKUP_CHUNK) out.push(...query(ids.slice(i, i + LOOKUP_CHUNK)));
    return out;
  }

  private storedKinds(ids: readonly string[]): Map<string, NodeKind> {
    const rows = this.inChunks(ids, (chunk) =>
      this.db
        .prepare(`SELECT id, kind FROM nodes WHERE id IN (${chunk.map(() => '?').join(',')})`)
        .all(...chunk) as { id: string; kind: NodeKind }[],
    );
    return new Map(rows.map((row) => [row.id, row.kind]));
  }

  private storedRelationshipEnds(ids: readonly string[]): Map<string, RelationshipEnds> {
    const rows = this.inChunks(ids, (chunk) =>
      this.db
        .prepare(
          `SELECT id, type, from_id AS "from", to_id AS "to" FROM relationships
           WHERE id IN (${chunk.map(() => '?').join(',')})`,
        )
        .all(...chunk) as (RelationshipEnds & { id: string })[],
    );
    return new Map(rows.map((row) => [row.id, row]));
  }

  async getNode(id: string): Promise<StakeholderNode | null> {
    const row = this.db.prepare('SELECT data FROM nodes WHERE id = ?').get(id) as { data: string } | undefined;
    return row ? rowToNode(row) : null;
  }

  async getNodes(ids: readonly string[]): Promise<StakeholderNode[]> {
    const rows = this.inChunks(ids, (chunk) =>
      this.db
        .prepare(`SELECT id, data FROM nodes WHERE id IN (${chunk.map(() => '?').join(',')})`)
        .all(...chunk) as { id: string; data: string }[],
    );
    const byId = new Map(rows.map((row) => [row.id, rowToNode(row)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async findNodes(filter: NodeFilter, page: PageRequest): Promise<Page<StakeholderNode>> {
    checkPageRequest(page);
    const where = nodeWhere(filter);
    return this.page(`nodes`, where, page, rowToNode);
  }

  async findRelationships(filter: RelationshipFilter, page: PageRequest): Promise<Page<ValidRelationship>> {
    checkPageRequest(page);
    return this.page(`relationships`, relationshipWhere(filter), page, rowToRelationship);
  }

  private page<T>(
    table: 'nodes' | 'relationships',
    where: { sql: string; params: unknown[] },
    page: PageRequest,
    map: (row: { data: string }) => T,
  ): Page<T> {
    const after = decodeCursor(page.after);
    const cursorClause = after === undefined ? '' : ' AND id > ?';
    const rows = this.db
      .prepare(`SELECT id, data FROM ${table} WHERE ${where.sql}${cursorClause} ORDER BY id LIMIT ?`)
      .all(...where.params, ...(after === undefined ? [] : [after]), page.first + 1) as {
      id: string;
      data: string;
    }[];
    const { total } = this.db.prepare(`SELECT count(*) AS total FROM ${table} WHERE ${where.sql}`).get(
      ...where.params,
    ) as { total: number };
    const items = rows.slice(0, page.first);
    return {
      items: items.map(map),
      endCursor: items.length > 0 ? encodeCursor(items[items.length - 1].id) : null,
      hasNextPage: rows.length > page.first,
      totalCount: total,
    };
  }

  private relationshipsTouching = async (
    ids: readonly string[],
    types: readonly string[] | undefined,
  ): Promise<ValidRelationship[]> => {
    const typeClause = types && types.length > 0 ? ` AND type IN (${types.map(() => '?').join(',')})` : '';
    const typeParams = types ?? [];
    return this.inChunks(ids, (chunk) => {
      const marks = chunk.map(() => '?').join(',');
      return (
        this.db
          .prepare(
            `SELECT data FROM relationships WHERE from_id IN (${marks})${typeClause}
             UNION SELECT data FROM relationships WHERE to_id IN (${marks})${typeClause}`,
          )
          .all(...chunk, ...typeParams, ...chunk, ...typeParams) as { data: string }[]
      ).map(rowToRelationship);
    });
  };

  async neighbourhood(id: string, options: NeighbourhoodOptions): Promise<Subgraph> {
    checkNeighbourhoodOptions(options);
    if (!(await this.getNode(id))) throw new NotFoundError('Node', id);
    const walk = await walkNeighbourhood(id, options, this.relationshipsTouching);
    return { nodes: await this.getNodes(walk.nodeIds), relationships: walk.relationships, truncated: walk.truncated };
  }

  async shortestPath(fromId: string, toId: string, options: PathOptions): Promise<GraphPath | null> {
    checkPathOptions(options);
    for (const id of [fromId, toId]) if (!(await this.getNode(id))) throw new NotFoundError('Node', id);
    const found = await shortestPathBreadthFirst(fromId, toId, options, this.relationshipsTouching);
    if (!found) return null;
    return { nodes: await this.getNodes(found.nodeIds), relationships: found.relationships };
  }

  async deleteNode(id: string): Promise<boolean> {
    return this.db.transaction(() => {
      this.db.prepare('DELETE FROM relationships WHERE from_id = ? OR to_id = ?').run(id, id);
      this.db.prepare('DELETE FROM node_tags WHERE node_id = ?').run(id);
      return this.db.prepare('DELETE FROM nodes WHERE id = ?').run(id).changes > 0;
    })();
  }

  async countByKind(): Promise<Record<NodeKind, number>> {
    const counts = Object.fromEntries(NODE_KINDS.map((kind) => [kind, 0])) as Record<NodeKind, number>;
    const rows = this.db.prepare('SELECT kind, count(*) AS n FROM nodes GROUP BY kind').all() as {
      kind: NodeKind;
      n: number;
    }[];
    for (const row of rows) counts[row.kind] = row.n;
    return counts;
  }

  async health(): Promise<StoreHealth> {
    const { version } = this.db.prepare('SELECT sqlite_version() AS version').get() as { version: string };
    return {
      kind: 'embedded',
      reachable: true,
      schemaVersion: this.db.pragma('user_version', { simple: true }) as number,
      agent: `SQLite/${version}`,
    };
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
