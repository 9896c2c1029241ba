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
  StakeholderNode,
  validateGraphBatch,
  ValidRelationship,
  withProvenance,
  WriteContext,
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
  RelationshipScope,
  StoreHealth,
  Subgraph,
  UpsertResult,
} from '../graph-store.port';
import { walkNeighbourhood } from '../neighbourhood-walk';
import { decodeCursor, nodeSortKey, relationshipSortKey, toPage } from '../page-cursor';
import { checkNeighbourhoodOptions, checkPageRequest, checkPathOptions } from '../request-limits';
import { shortestPathBreadthFirst } from '../shortest-path-walk';
import { nodeWhere, relationshipWhere } from './embedded-filters';
import { nodeTags, nodeToRow, RelationshipReadRow, relationshipData, rowToNode, rowToRelationship } from './embedded-mapper';
import { EMBEDDED_MIGRATIONS } from './embedded-schema';

/** The new data, but with the provenance the row already had: the first write's stamp stays. */
const KEEP_FIRST_PROVENANCE = (table: 'nodes' | 'relationships') =>
  `json_set(excluded.data, '$.provenance', json(json_extract(${table}.data, '$.provenance')))`;

export interface EmbeddedStoreOptions {
  /** Directory for the database file; created when missing. `:memory:` for a throw-away store. */
  dataDir: string;
}

const RELATIONSHIP_COLUMNS = `f.id AS from_id, r.type AS type, t.id AS to_id, r.key AS key, r.visibility AS visibility, r.data AS data`;
const RELATIONSHIP_JOIN = `relationships r JOIN nodes f ON f.nid = r.from_nid JOIN nodes t ON t.nid = r.to_nid`;

/**
 * The default store: SQLite through better-sqlite3, in process. WAL with synchronous=FULL
 * means a write is on disk before upsert() resolves, so a kill -9 loses nothing acknowledged.
 */
export class EmbeddedGraphStore implements GraphStore {
  readonly kind = 'embedded' as const;
  /** SQLite writes a transaction of any size to its WAL; an import file is always one. */
  readonly largestAtomicBatch = Number.POSITIVE_INFINITY;
  private readonly db: Database.Database;

  constructor(options: EmbeddedStoreOptions) {
    const file =
      options.dataDir === ':memory:'
        ? ':memory:'
        : (mkdirSync(options.dataDir, { recursive: true }), join(options.dataDir, 'koppel.sqlite'));
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    // Another process (a command-line import beside the running API) may hold the write lock
    // for a moment: wait for it rather than fail at once.
    this.db.pragma('busy_timeout = 5000');
    // SQLite's default page cache is 2 MB; a graph's indexes outgrow it at a few ten thousand
    // edges and every insert then reads pages back from the OS. 64 MB keeps them in memory.
    this.db.pragma('cache_size = -65536');
    // Checkpoint the WAL into the database file every ~40 MB instead of every ~4 MB: a large
    // import then pays for far fewer checkpoints, each still fsynced.
    this.db.pragma('wal_autocheckpoint = 10000');
    this.applyMigrations();
  }

  /** The file is migrated as it opens; this only reports the version it is at. */
  async migrate(): Promise<number> {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  private applyMigrations(): void {
    const current = this.db.pragma('user_version', { simple: true }) as number;
    EMBEDDED_MIGRATIONS.slice(current).forEach((sql, index) => {
      this.db.transaction(() => {
        this.db.exec(sql);
        this.db.pragma(`user_version = ${current + index + 1}`);
      })();
    });
  }

  async upsert(input: GraphBatchInput, context: WriteContext): Promise<UpsertResult> {
    const batch = withProvenance(validateGraphBatch(input), context);
    const upsertNode = this.db.prepare(
      `INSERT INTO nodes (id, kind, name_lower, municipality, province, data)
       VALUES (@id, @kind, @name_lower, @municipality, @province, @data)
       ON CONFLICT (id) DO UPDATE SET name_lower = excluded.name_lower,
         municipality = excluded.municipality, province = excluded.province,
         data = ${KEEP_FIRST_PROVENANCE('nodes')}
       RETURNING nid`,
    );
    const clearTags = this.db.prepare('DELETE FROM node_tags WHERE nid = ?');
    const addTag = this.db.prepare('INSERT OR IGNORE INTO node_tags (tag, nid) VALUES (?, ?)');
    const upsertRelationship = this.db.prepare(
      `INSERT INTO relationships (from_nid, type, to_nid, key, visibility, data) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT DO UPDATE SET visibility = excluded.visibility, data = ${KEEP_FIRST_PROVENANCE('relationships')}`,
    );

    this.db.transaction(() => {
      const { kinds, nids } = this.storedNodes(idsReferencedBy(batch));
      checkBatchAgainstStore(batch, kinds);
      for (const node of batch.nodes) {
        const { nid } = upsertNode.get(nodeToRow(node)) as { nid: number };
        nids.set(node.id, nid);
        clearTags.run(nid);
        for (const tag of nodeTags(node)) addTag.run(tag, nid);
      }
      for (const rel of batch.relationships) {
        upsertRelationship.run(nids.get(rel.from), rel.type, nids.get(rel.to), rel.key ?? '', rel.visibility, relationshipData(rel));
      }
    })();
    return { nodesWritten: batch.nodes.length, relationshipsWritten: batch.relationships.length };
  }

  async check(input: GraphBatchInput): Promise<void> {
    const batch = validateGraphBatch(input);
    checkBatchAgainstStore(batch, this.storedNodes(idsReferencedBy(batch)).kinds);
  }

  /**
   * The stored nid and kind of each id, in one statement: the ids travel as one JSON array and
   * SQLite joins them to the id index itself, far cheaper than a call per id from JavaScript.
   */
  private storedNodes(ids: readonly string[]): { kinds: Map<string, NodeKind>; nids: Map<string, number> } {
    const rows = this.db
      .prepare('SELECT n.id, n.nid, n.kind FROM json_each(?) AS wanted JOIN nodes n ON n.id = wanted.value')
      .raw()
      .all(JSON.stringify(ids)) as [string, number, NodeKind][];
    const kinds = new Map<string, NodeKind>();
    const nids = new Map<string, number>();
    for (const [id, nid, kind] of rows) {
      kinds.set(id, kind);
      nids.set(id, nid);
    }
    return { kinds, nids };
  }

  async getNode(id: string): Promise<StakeholderNode | null> {
    const row = this.db.prepare('SELECT data FROM nodes WHERE id = ?').get(id) as { data: string } | undefined;
    return row ? rowToNode(row) : null;
  }

  async getNodes(ids: readonly string[]): Promise<StakeholderNode[]> {
    const rows = this.db
      .prepare('SELECT n.id, n.data FROM json_each(?) AS wanted JOIN nodes n ON n.id = wanted.value')
      .all(JSON.stringify(ids)) as { id: string; data: string }[];
    const byId = new Map(rows.map((row) => [row.id, rowToNode(row)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async findNodes(filter: NodeFilter, page: PageRequest): Promise<Page<StakeholderNode>> {
    checkPageRequest(page);
    const where = nodeWhere(filter);
    const after = decodeCursor(page.after, 1);
    const rows = this.db
      .prepare(`SELECT n.data FROM nodes n WHERE ${where.sql}${after ? ' AND n.id > ?' : ''} ORDER BY n.id LIMIT ?`)
      .all(...where.params, ...(after ?? []), page.first + 1) as { data: string }[];
    const { total } = this.db.prepare(`SELECT count(*) AS total FROM nodes n WHERE ${where.sql}`).get(
      ...where.params,
    ) as { total: number };
    return toPage(rows.map(rowToNode), page.first, total, nodeSortKey);
  }

  async findRelationships(filter: RelationshipFilter, page: PageRequest): Promise<Page<ValidRelationship>> {
    checkPageRequest(page);
    const where = relationshipWhere(filter);
    const after = decodeCursor(page.after, 4);
    const rows = this.db
      .prepare(
        `SELECT ${RELATIONSHIP_COLUMNS} FROM ${RELATIONSHIP_JOIN} WHERE ${where.sql}
         ${after ? 'AND (f.id, r.type, t.id, r.key) > (?, ?, ?, ?)' : ''}
         ORDER BY f.id, r.type, t.id, r.key LIMIT ?`,
      )
      .all(...where.params, ...(after ?? []), page.first + 1) as RelationshipReadRow[];
    const { total } = this.db
      .prepare(`SELECT count(*) AS total FROM ${RELATIONSHIP_JOIN} WHERE ${where.sql}`)
      .get(...where.params) as { total: number };
    return toPage(rows.map(rowToRelationship), page.first, total, relationshipSortKey);
  }

  private relationshipsTouching = async (ids: readonly string[], scope: RelationshipScope): Promise<ValidRelationship[]> => {
    const nids = JSON.stringify([...this.storedNodes(ids).nids.values()]);
    const { sql: scopeSql, params: scopeParams } = relationshipWhere({ types: scope.types, visibilities: scope.visibilities });
    const rows = this.db
      .prepare(
        `SELECT ${RELATIONSHIP_COLUMNS} FROM ${RELATIONSHIP_JOIN}
         WHERE r.from_nid IN (SELECT value FROM json_each(?)) AND ${scopeSql}
         UNION SELECT ${RELATIONSHIP_COLUMNS} FROM ${RELATIONSHIP_JOIN}
         WHERE r.to_nid IN (SELECT value FROM json_each(?)) AND ${scopeSql}`,
      )
      .all(nids, ...scopeParams, nids, ...scopeParams) as RelationshipReadRow[];
    return rows.map(rowToRelationship);
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
      const nid = this.storedNodes([id]).nids.get(id);
      if (nid === undefined) return false;
      this.db.prepare('DELETE FROM relationships WHERE from_nid = ?').run(nid);
      this.db.prepare('DELETE FROM relationships WHERE to_nid = ?').run(nid);
      this.db.prepare('DELETE FROM node_tags WHERE nid = ?').run(nid);
      this.db.prepare('DELETE FROM nodes WHERE nid = ?').run(nid);
      return true;
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
