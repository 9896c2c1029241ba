import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  Account,
  AuditEntry,
  checkBatchAgainstStore,
  ErasureResult,
  GraphBatchInput,
  idsReferencedBy,
  Introduction,
  MatchContext,
  MatchContextRequest,
  NODE_KINDS,
  NodeKind,
  NotFoundError,
  StakeholderNode,
  validateGraphBatch,
  Provenance,
  provenanceOf,
  searchKey,
  TieBetween,
  TRUST_RELATIONSHIP_TYPES,
  ValidRelationship,
  WriteContext,
} from '@koppel/domain';
import type {
  BetweenOptions,
  AuditEntryFilter,
  GraphPath,
  GraphStore,
  IntroductionFilter,
  NeighbourhoodOptions,
  NodeFilter,
  Page,
  PageRequest,
  PathOptions,
  RelationshipDirection,
  RelationshipFilter,
  RelationshipIdentity,
  RelationshipPageRequest,
  NodesWithRelated,
  RelatedFieldsRequest,
  RelationshipScope,
  RelationshipsOfManyOptions,
  StoreHealth,
  Subgraph,
  TieChoice,
  TiesBetweenOptions,
  TiesWithDetails,
  UpsertResult,
} from '../graph-store.port';
import { farEndIds } from '../far-end';
import { walkNeighbourhood } from '../neighbourhood-walk';
import { decodeCursor, nodeSortKey, relationshipSortKey, toPage } from '../page-cursor';
import {
  checkBetweenOptions,
  checkNeighbourhoodOptions,
  checkPageRequest,
  checkPathOptions,
  checkRelationshipIdentities,
  checkRelatedFieldsRequest,
  checkRelationshipsOfManyOptions,
} from '../request-limits';
import { shortestPathBreadthFirst } from '../shortest-path-walk';
import { tiesBetweenIn } from '../trust-snapshot-walks';
import { trustTiesThenDetails } from '../trust-ties-with-details';
import { walksBetween } from '../walks-between';
import { nodeWhere, relationshipWhere } from './embedded-filters';
import { EmbeddedAccounts } from './embedded-accounts';
import { EmbeddedGraphGeneration } from './embedded-graph-generation';
import { EmbeddedTrustSnapshots } from './embedded-trust-snapshot';
import { EmbeddedIntroductions } from './embedded-introductions';
import { EmbeddedMatchContext } from './embedded-match-context';
import { EmbeddedWalkReads, NidEdge } from './embedded-walks';
import { EmbeddedPrivacy } from './embedded-privacy';
import {
  nodeTags,
  nodeToRow,
  RelationshipReadRow,
  relationshipData,
  rowToNode,
  rowToRelationship,
  WriteColumns,
} from './embedded-mapper';
import { prepareStatements } from './embedded-statements';
import { inKeyOrder } from './embedded-write-order';

type NodeReadRow = { id: string; data: string } & WriteColumns;
import { EMBEDDED_MIGRATIONS } from './embedded-schema';

export interface EmbeddedStoreOptions {
  /** Directory for the database file; created when missing. `:memory:` for a throw-away store. */
  dataDir: string;
}

const WRITE_COLUMNS = `w.origin AS origin, w.added_by AS added_by, w.added_at AS added_at, w.reference AS reference`;
const NODE_COLUMNS = `n.id AS id, n.data AS data, ${WRITE_COLUMNS}`;
const NODE_JOIN = `nodes n LEFT JOIN writes w ON w.write_id = n.write_id`;
const RELATIONSHIP_COLUMNS = `f.id AS from_id, r.type AS type, t.id AS to_id, r.key AS key, r.visibility AS visibility, r.data AS data, ${WRITE_COLUMNS}`;
const RELATIONSHIP_JOIN = `relationships r JOIN nodes f ON f.nid = r.from_nid JOIN nodes t ON t.nid = r.to_nid
  LEFT JOIN writes w ON w.write_id = r.write_id`;
/** Where a node's relationships are found, per direction: the primary key going out, relationships_by_to coming in. */
const ANCHORS: Record<RelationshipDirection, string> = {
  OUT: 'r.from_nid = ?',
  IN: 'r.to_nid = ?',
  BOTH: '(r.from_nid = ? OR r.to_nid = ?)',
};
const RELATIONSHIP_COUNT_JOIN = `relationships r JOIN nodes f ON f.nid = r.from_nid JOIN nodes t ON t.nid = r.to_nid`;

/**
 * The default store: SQLite through better-sqlite3, in process. WAL with synchronous=FULL
 * means a write is on disk before upsert() resolves, so a kill -9 loses nothing acknowledged.
 */
export class EmbeddedGraphStore implements GraphStore {
  readonly kind = 'embedded' as const;
  /** SQLite writes a transaction of any size to its WAL; an import file is always one. */
  readonly largestAtomicBatch = Number.POSITIVE_INFINITY;
  private readonly db: Database.Database;
  private readonly introductions: EmbeddedIntroductions;
  private readonly matching: EmbeddedMatchContext;
  private readonly walkReads: EmbeddedWalkReads;
  private readonly trustSnapshots: EmbeddedTrustSnapshots;
  private readonly accounts: EmbeddedAccounts;
  private readonly privacy: EmbeddedPrivacy;
  private readonly generation: EmbeddedGraphGeneration;

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
    const generation = (this.generation = new EmbeddedGraphGeneration(this.db));
    this.introductions = new EmbeddedIntroductions(this.db, generation);
    this.matching = new EmbeddedMatchContext(this.db, generation, this.introductions);
    this.walkReads = new EmbeddedWalkReads(this.db);
    this.trustSnapshots = new EmbeddedTrustSnapshots(this.db, generation);
    this.accounts = new EmbeddedAccounts(this.db);
    this.privacy = new EmbeddedPrivacy(this.db, generation);
  }

  /** The file is migrated as it opens; this only reports the version it is at. */
  async migrate(): Promise<number> {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  private applyMigrations(): void {
    // A migration may rebuild a derived column with the very function the writes use.
    this.db.function('search_key', { deterministic: true }, (name: unknown) => searchKey(String(name)));
    const current = this.db.pragma('user_version', { simple: true }) as number;
    EMBEDDED_MIGRATIONS.slice(current).forEach((sql, index) => {
      this.db.transaction(() => {
        this.db.exec(sql);
        this.db.pragma(`user_version = ${current + index + 1}`);
      })();
    });
  }

  async upsert(input: GraphBatchInput, context: WriteContext): Promise<UpsertResult> {
    const batch = validateGraphBatch(input);
    // Items brought back from an export carry their own provenance; the rest are this writer's.
    const writersProvenance = provenanceOf(context);
    const sql = this.statements();

    this.db.transaction(() => {
      const { kinds, nids } = this.storedNodes(idsReferencedBy(batch));
      checkBatchAgainstStore(batch, kinds);
      // An update leaves write_id alone (it is not in DO UPDATE): the first write's provenance stays.
      const writeId = this.writeIds();
      for (const node of batch.nodes) {
        const row = { ...nodeToRow(node), write_id: writeId(node.provenance ?? writersProvenance) };
        const { nid } = sql.upsertNode.get(row) as { nid: number };
        nids.set(node.id, nid);
        sql.clearTags.run(nid);
        for (const tag of nodeTags(node)) sql.addTag.run(tag, nid);
      }
      const fromNids = batch.relationships.map((rel) => nids.get(rel.from) as number);
      const toNids = batch.relationships.map((rel) => nids.get(rel.to) as number);
      for (const i of inKeyOrder(batch.relationships, fromNids, toNids)) {
        const rel = batch.relationships[i];
        sql.upsertRelationship.run(
          fromNids[i],
          rel.type,
          toNids[i],
          rel.key ?? '',
          rel.visibility,
          relationshipData(rel),
          writeId(rel.provenance ?? writersProvenance),
        );
      }
      if (context.audit) this.privacy.insertAudit(context.audit);
    })();
    return { nodesWritten: batch.nodes.length, relationshipsWritten: batch.relationships.length };
  }

  private prepared?: ReturnType<typeof prepareStatements>;

  /** Prepared once per store: preparing costs more than a small upsert's writes. */
  private statements(): ReturnType<typeof prepareStatements> {
    return (this.prepared ??= prepareStatements(this.db));
  }

  /**
   * The write row for a provenance, made on first use within one upsert. A batch usually has
   * one provenance (its writer's), so it usually costs one row; an exported file brings back
   * as many as it has.
   */
  private writeIds(): (provenance: Provenance) => number {
    const insert = this.statements().insertWrite;
    const byObject = new Map<Provenance, number>();
    const byValue = new Map<string, number>();
    return (provenance) => {
      const known = byObject.get(provenance);
      if (known !== undefined) return known;
      const value = JSON.stringify([provenance.origin, provenance.addedBy, provenance.addedAt, provenance.reference ?? null]);
      let id = byValue.get(value);
      if (id === undefined) {
        id = (insert.get(provenance.origin, provenance.addedBy, provenance.addedAt, provenance.reference ?? null) as { write_id: number }).write_id;
        byValue.set(value, id);
      }
      byObject.set(provenance, id);
      return id;
    };
  }

  async check(input: GraphBatchInput): Promise<void> {
    const batch = validateGraphBatch(input);
    checkBatchAgainstStore(batch, this.storedNodes(idsReferencedBy(batch)).kinds);
  }

  /** The stored nid and kind of each id, in one statement (see prepareStatements). */
  private storedNodes(ids: readonly string[]): { kinds: Map<string, NodeKind>; nids: Map<string, number> } {
    const answer = this.statements().storedNodes.get(JSON.stringify(ids)) as [string, string, string];
    const positions = JSON.parse(answer[0]) as number[];
    const nidList = JSON.parse(answer[1]) as number[];
    const kindList = JSON.parse(answer[2]) as NodeKind[];
    const kinds = new Map<string, NodeKind>();
    const nids = new Map<string, number>();
    positions.forEach((position, i) => {
      kinds.set(ids[position], kindList[i]);
      nids.set(ids[position], nidList[i]);
    });
    return { kinds, nids };
  }

  async getNode(id: string): Promise<StakeholderNode | null> {
    const row = this.db.prepare(`SELECT ${NODE_COLUMNS} FROM ${NODE_JOIN} WHERE n.id = ?`).get(id) as NodeReadRow | undefined;
    return row ? rowToNode(row) : null;
  }

  async getNodes(ids: readonly string[]): Promise<StakeholderNode[]> {
    return this.readNodes(ids);
  }

  private readNodes(ids: readonly string[]): StakeholderNode[] {
    const rows = this.db
      .prepare(
        `SELECT ${NODE_COLUMNS} FROM json_each(?) AS wanted
         JOIN nodes n ON n.id = wanted.value LEFT JOIN writes w ON w.write_id = n.write_id`,
      )
      .all(JSON.stringify(ids)) as NodeReadRow[];
    const byId = new Map(rows.map((row) => [row.id, rowToNode(row)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async findNodes(filter: NodeFilter, page: PageRequest): Promise<Page<StakeholderNode>> {
    checkPageRequest(page);
    return this.readNodePage(filter, page);
  }

  private readNodePage(filter: NodeFilter, page: PageRequest): Page<StakeholderNode> {
    const where = nodeWhere(filter);
    const after = decodeCursor(page.after, 1);
    const rows = this.db
      .prepare(`SELECT ${NODE_COLUMNS} FROM ${NODE_JOIN} WHERE ${where.sql}${after ? ' AND n.id > ?' : ''} ORDER BY n.id LIMIT ?`)
      .all(...where.params, ...(after ?? []), page.first + 1) as NodeReadRow[];
    const { total } = this.db.prepare(`SELECT count(*) AS total FROM nodes n WHERE ${where.sql}`).get(
      ...where.params,
    ) as { total: number };
    return toPage(rows.map(rowToNode), page.first, total, nodeSortKey);
  }

  /** The page, its relationship pages and their far ends in one read transaction: one graph, however many statements. */
  async findNodesWithRelated(filter: NodeFilter, page: PageRequest, related: RelatedFieldsRequest): Promise<NodesWithRelated> {
    checkPageRequest(page);
    checkRelatedFieldsRequest(related);
    return this.db.transaction((): NodesWithRelated => {
      const nodes = this.readNodePage(filter, page);
      const requests = nodes.items.map((node) => ({ nodeId: node.id }));
      const pages = related.fields.map((field) => this.readRelationshipPages(requests, { ...field, visibilities: related.visibilities, visibleWhenTouching: related.visibleWhenTouching }));
      return { page: nodes, related: pages, farEnds: this.readNodes([...farEndIds(pages, nodes.items)]) };
    })();
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
      .prepare(`SELECT count(*) AS total FROM ${RELATIONSHIP_COUNT_JOIN} WHERE ${where.sql}`)
      .get(...where.params) as { total: number };
    return toPage(rows.map(rowToRelationship), page.first, total, relationshipSortKey);
  }

  async relationshipsOfMany(
    requests: readonly RelationshipPageRequest[],
    options: RelationshipsOfManyOptions,
  ): Promise<Page<ValidRelationship>[]> {
    checkRelationshipsOfManyOptions(options);
    return this.readRelationshipPages(requests, options);
  }

  private readRelationshipPages(requests: readonly RelationshipPageRequest[], options: RelationshipsOfManyOptions): Page<ValidRelationship>[] {
    const afters = requests.map((request) => decodeCursor(request.after, 4));
    const { nids } = this.storedNodes(requests.map((request) => request.nodeId));
    const scope = relationshipWhere({ types: options.types, visibilities: options.visibilities, visibleWhenTouching: options.visibleWhenTouching });
    const anchor = ANCHORS[options.direction];
    const anchorParams = (nid: number) => (options.direction === 'BOTH' ? [nid, nid] : [nid]);
    const pageOf = this.db.prepare(
      `SELECT ${RELATIONSHIP_COLUMNS} FROM ${RELATIONSHIP_JOIN} WHERE ${anchor} AND ${scope.sql}
       AND (? IS NULL OR (f.id, r.type, t.id, r.key) > (?, ?, ?, ?))
       ORDER BY f.id, r.type, t.id, r.key LIMIT ?`,
    );
    const countOf = this.db.prepare(`SELECT count(*) AS total FROM ${RELATIONSHIP_JOIN} WHERE ${anchor} AND ${scope.sql}`);
    // One read transaction, so every page sees the same graph; SQLite answers each small
    // indexed query in microseconds, in process, so one statement per node costs nothing a
    // client would notice, while the caller still makes one call for all of them.
    return this.db.transaction(() =>
      requests.map((request, index) => {
        const nid = nids.get(request.nodeId);
        if (nid === undefined) return toPage<ValidRelationship>([], options.perNodeLimit, 0, relationshipSortKey);
        const after = afters[index];
        const rows = pageOf.all(
          ...anchorParams(nid),
          ...scope.params,
          after ? 1 : null,
          ...(after ?? [null, null, null, null]),
          options.perNodeLimit + 1,
        ) as RelationshipReadRow[];
        const { total } = countOf.get(...anchorParams(nid), ...scope.params) as { total: number };
        return toPage(rows.map(rowToRelationship), options.perNodeLimit, total, relationshipSortKey);
      }),
    )();
  }

  async getRelationship(identity: RelationshipIdentity): Promise<ValidRelationship | null> {
    const row = this.db
      .prepare(
        `SELECT ${RELATIONSHIP_COLUMNS} FROM ${RELATIONSHIP_JOIN}
         WHERE f.id = ? AND r.type = ? AND t.id = ? AND r.key = ?`,
      )
      .get(identity.from, identity.type, identity.to, identity.key ?? '') as RelationshipReadRow | undefined;
    return row ? rowToRelationship(row) : null;
  }

  async getRelationships(identities: readonly RelationshipIdentity[]): Promise<ValidRelationship[]> {
    checkRelationshipIdentities(identities);
    const found: ValidRelationship[] = [];
    // A primary key lookup each, in process: a batch statement would not be faster here.
    for (const identity of identities) {
      const relationship = await this.getRelationship(identity);
      if (relationship) found.push(relationship);
    }
    return found;
  }

  async deleteRelationship(identity: RelationshipIdentity): Promise<boolean> {
    const { changes } = this.db
      .prepare(
        `DELETE FROM relationships WHERE type = ? AND key = ?
           AND from_nid = (SELECT nid FROM nodes WHERE id = ?) AND to_nid = (SELECT nid FROM nodes WHERE id = ?)`,
      )
      .run(identity.type, identity.key ?? '', identity.from, identity.to);
    return changes > 0;
  }

  private relationshipsTouching = async (ids: readonly string[], scope: RelationshipScope): Promise<ValidRelationship[]> => {
    const nids = JSON.stringify([...this.storedNodes(ids).nids.values()]);
    const { sql: scopeSql, params: scopeParams } = relationshipWhere({ types: scope.types, visibilities: scope.visibilities, visibleWhenTouching: scope.visibleWhenTouching });
    const rows = this.db
      .prepare(
        `SELECT ${RELATIONSHIP_COLUMNS} FROM ${RELATIONSHIP_JOIN}
         WHERE r.from_nid IN (SELECT value FROM json_each(?)) AND ${scopeSql}
         UNION ALL SELECT ${RELATIONSHIP_COLUMNS} FROM ${RELATIONSHIP_JOIN}
         WHERE r.to_nid IN (SELECT value FROM json_each(?)) AND ${scopeSql}`,
      )
      .all(nids, ...scopeParams, nids, ...scopeParams) as RelationshipReadRow[];
    // UNION ALL and one pass here: SQLite's UNION would sort every row, data and all, to drop the
    // few that join two nodes of the frontier.
    const byId = new Map<string, ValidRelationship>();
    for (const row of rows) {
      const relationship = rowToRelationship(row);
      byId.set(relationship.id, relationship);
    }
    return [...byId.values()];
  };

  async neighbourhood(id: string, options: NeighbourhoodOptions): Promise<Subgraph> {
    checkNeighbourhoodOptions(options);
    if (!(await this.getNode(id))) throw new NotFoundError('Node', id);
    const walk = await walkNeighbourhood(id, options, this.relationshipsTouching);
    const nodes = options.withNodes === false ? [] : await this.getNodes(walk.nodeIds);
    return { nodes, relationships: walk.relationships, truncated: walk.truncated };
  }

  async relationshipsBetween(fromId: string, toId: string, options: BetweenOptions): Promise<ValidRelationship[]> {
    const maxDegree = checkBetweenOptions(options);
    const { nids } = this.storedNodes([fromId, toId]);
    for (const id of [fromId, toId]) if (!nids.has(id)) throw new NotFoundError('Node', id);
    if (fromId === toId) return [];
    const scope = { types: options.types, visibilities: options.visibilities, maxDegree };
    const kept = await walksBetween(String(nids.get(fromId)), String(nids.get(toId)), options.maxHops, scope, this.walkReads);
    return this.relationshipsByKey(kept).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  async trustTiesBetween(fromId: string, toId: string, options: TiesBetweenOptions): Promise<TieBetween[]> {
    const maxDegree = checkBetweenOptions({ ...options, types: TRUST_RELATIONSHIP_TYPES });
    const { nids } = this.storedNodes([fromId, toId]);
    for (const id of [fromId, toId]) if (!nids.has(id)) throw new NotFoundError('Node', id);
    const rule = { types: TRUST_RELATIONSHIP_TYPES, visibilities: options.visibilities, maxDegree };
    return tiesBetweenIn(this.trustSnapshots.current(), fromId, toId, options.maxHops, rule);
  }

  trustTiesWithDetails<C extends TieChoice>(
    fromId: string,
    toId: string,
    options: TiesBetweenOptions,
    choose: (ties: TieBetween[]) => C,
  ): Promise<TiesWithDetails<C>> {
    return trustTiesThenDetails(this, fromId, toId, options, choose);
  }

  /** The relationships a walk kept, read in full through the primary key. */
  private relationshipsByKey(edges: readonly NidEdge[]): ValidRelationship[] {
    if (edges.length === 0) return [];
    const keys = JSON.stringify(edges.map((edge) => [Number(edge.from), edge.type, Number(edge.to), edge.key]));
    const rows = this.db
      .prepare(
        `SELECT ${RELATIONSHIP_COLUMNS} FROM json_each(?) AS k
         JOIN relationships r ON r.from_nid = k.value ->> 0 AND r.type = k.value ->> 1 AND r.to_nid = k.value ->> 2 AND r.key = k.value ->> 3
         JOIN nodes f ON f.nid = r.from_nid JOIN nodes t ON t.nid = r.to_nid LEFT JOIN writes w ON w.write_id = r.write_id`,
      )
      .all(keys) as RelationshipReadRow[];
    return rows.map(rowToRelationship);
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

  async matchContext(request: MatchContextRequest): Promise<MatchContext> {
    return this.matching.read(request);
  }

  async createIntroduction(introduction: Introduction): Promise<Introduction> {
    return this.introductions.create(introduction);
  }

  async saveIntroduction(introduction: Introduction): Promise<Introduction> {
    return this.introductions.save(introduction);
  }

  async getIntroduction(id: string): Promise<Introduction | null> {
    return this.introductions.get(id);
  }

  async findIntroductions(filter: IntroductionFilter, page: PageRequest): Promise<Page<Introduction>> {
    return this.introductions.find(filter, page);
  }

  async recordImpressions(subjectId: string, targetIds: readonly string[], at: Date): Promise<void> {
    this.introductions.recordImpressions(subjectId, targetIds, at);
  }

  /**
   * The graph generation (which also changes with any other connection's commit), this
   * connection's introduction writes, and the subject's impressions: two counters and one seek.
   */
  async matchingStateToken(subjectId: string): Promise<string> {
    return `${this.generation.current()}/${this.introductions.writesSoFar}/${this.introductions.impressionStamp(subjectId)}`;
  }

  async forgetPerson(personId: string, audit: AuditEntry): Promise<ErasureResult> {
    return this.privacy.forgetPerson(personId, audit);
  }

  async appendAuditEntry(entry: AuditEntry): Promise<void> {
    this.privacy.appendAuditEntry(entry);
  }

  async findAuditEntries(filter: AuditEntryFilter, page: PageRequest): Promise<Page<AuditEntry>> {
    return this.privacy.findAuditEntries(filter, page);
  }

  async createAccount(account: Account): Promise<Account> {
    return this.accounts.create(account);
  }

  async getAccount(id: string): Promise<Account | null> {
    return this.accounts.get(id);
  }

  async findAccountByEmail(email: string): Promise<Account | null> {
    return this.accounts.findByEmail(email);
  }

  async countAccounts(): Promise<number> {
    return this.accounts.total();
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
