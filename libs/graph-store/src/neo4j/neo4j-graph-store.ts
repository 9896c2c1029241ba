import neo4j, { Driver, ManagedTransaction } from 'neo4j-driver';
import {
  Account,
  AuditEntry,
  checkBatchAgainstStore,
  ErasureResult,
  checkNodeKindsAgainstStore,
  GraphBatchInput,
  idsReferencedBy,
  Introduction,
  MatchContext,
  MatchContextRequest,
  NODE_KINDS,
  NodeKind,
  NotFoundError,
  RelationshipType,
  StakeholderNode,
  StoreUnavailableError,
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
  RelationshipFilter,
  RelationshipIdentity,
  RelationshipPageRequest,
  RelationshipScope,
  NodesWithRelated,
  RelatedFieldsRequest,
  RelationshipsOfManyOptions,
  StoreHealth,
  Subgraph,
  TieChoice,
  TiesBetweenOptions,
  TiesWithDetails,
  UpsertResult,
} from '../graph-store.port';
import { farEndIds } from '../far-end';
import { deepFreeze } from '../match-context-assembly';
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
import { tieOf } from '../trust-snapshot';
import { tiesBetweenIn } from '../trust-snapshot-walks';
import { trustTiesThenDetails } from '../trust-ties-with-details';
import { walksBetween } from '../walks-between';
import { toDomainError } from './neo4j-errors';
import * as accounts from './neo4j-accounts';
import * as introductions from './neo4j-introductions';
import * as privacy from './neo4j-privacy';
import { KeptNodes } from './neo4j-kept-nodes';
import { Neo4jMatchContext } from './neo4j-match-context';
import {
  nodeToProperties,
  propertiesToNode,
  RelationshipRecord,
  recordToRelationship,
  relationshipToProperties,
  writeIdOf,
} from './neo4j-mapper';
import { migrateNeo4j, readSchemaVersion } from './neo4j-migrations';
import * as cypher from './neo4j-queries';
import { scopeParams } from './neo4j-scope-params';
import { Neo4jTrustSnapshots } from './neo4j-trust-snapshot';
import { Neo4jWalkReads } from './neo4j-walks';

export interface Neo4jStoreOptions {
  /** `bolt://host:7687`, or `neo4j://` / `neo4j+s://` for a cluster or Aura. */
  uri: string;
  user: string;
  password: string;
}

/** Settings with good defaults, set otherwise only by tests. */
export interface Neo4jStoreTuning {
  /** See Neo4jTrustSnapshots; default READ_IN_BACKGROUND_FROM relationships. */
  readTrustGraphInBackgroundFrom?: number;
}

/** One record of the findNodesWithRelated statement (see nodesWithRelated in neo4j-queries). */
interface NodesWithRelatedPart {
  total?: unknown;
  row?: { id: string; rev: string | null; pages: RelationshipRecord[][]; totals: unknown[] };
  far?: [string, string | null];
  write?: Record<string, unknown>;
}

/** A node filter as FIND_NODES' parameters: null means "not filtered on this". */
function nodeFilterParams(filter: NodeFilter) {
  return {
    kinds: filter.kinds?.length ? filter.kinds : null,
    nameContains: filter.nameContains ? searchKey(filter.nameContains) : null,
    municipality: filter.municipality ?? null,
    province: filter.province ?? null,
    theme: filter.theme ?? null,
    offers: filter.offers ?? null,
    needs: filter.needs ?? null,
    needsShared: filter.needsShared ?? null,
    stage: filter.stage ?? null,
    enterpriseKind: filter.enterpriseKind ?? null,
  };
}

/** One kind and no other filter (the typed lists): Neo4j's count store answers without a scan. */
function onlyKindOf(filter: NodeFilter, params: ReturnType<typeof nodeFilterParams>): NodeKind | null {
  return filter.kinds?.length === 1 && Object.values(params).filter((value) => value !== null).length === 1 ? filter.kinds[0] : null;
}

/**
 * The production store. One driver per process; reads through executeQuery with READ
 * routing, units of work through executeRead/executeWrite, which retry transient failures
 * (every write here is idempotent, so a retry is safe).
 */
export class Neo4jGraphStore implements GraphStore {
  readonly kind = 'neo4j' as const;
  /** A transaction's changes live in the server's heap until commit; keep each one modest. */
  readonly largestAtomicBatch = 20_000;
  private readonly matching = new Neo4jMatchContext();
  /** Nodes parsed by findNodesWithRelated, with provenance, by rev. */
  private readonly keptNodes = new KeptNodes();
  private readonly walkReads = new Neo4jWalkReads((query, params, map) => this.read(query, params, map));
  private readonly trustSnapshots: Neo4jTrustSnapshots;

  private constructor(
    private readonly driver: Driver,
    private readonly uri: string,
    private readonly ownsDriver: boolean,
    tuning: Neo4jStoreTuning = {},
  ) {
    this.trustSnapshots = new Neo4jTrustSnapshots(driver, tuning.readTrustGraphInBackgroundFrom);
  }

  static connect(options: Neo4jStoreOptions): Neo4jGraphStore {
    const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
      // Integers are read as plain numbers: Koppel's (years, euros, counts, revisions) stay far
      // below 2^53, and a large read would otherwise make an Integer object of every one of them.
      // Writes still send whole numbers as Neo4j integers (neo4j-mapper's toNeo4jValue).
      disableLosslessIntegers: true,
      connectionAcquisitionTimeout: 10_000,
      maxTransactionRetryTime: 5_000,
    });
    return new Neo4jGraphStore(driver, options.uri, true);
  }

  /** A store over a driver someone else owns and closes (tests share one across stores). */
  static withDriver(driver: Driver, uri: string, tuning?: Neo4jStoreTuning): Neo4jGraphStore {
    return new Neo4jGraphStore(driver, uri, false, tuning);
  }

  get neo4jDriver(): Driver {
    return this.driver;
  }

  private async guarded<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw toDomainError(error, this.uri);
    }
  }

  private read<T>(query: string, params: Record<string, unknown>, map: (record: { get(key: string): unknown }) => T) {
    return this.guarded(async () => {
      const { records } = await this.driver.executeQuery(query, params, { routing: neo4j.routing.READ });
      return records.map(map);
    });
  }

  async upsert(input: GraphBatchInput, context: WriteContext): Promise<UpsertResult> {
    const batch = validateGraphBatch(input);
    // Items brought back from an export carry their own provenance; the rest are this writer's.
    const writersProvenance = provenanceOf(context);
    return this.guarded(async () => {
      const session = this.driver.session({ defaultAccessMode: neo4j.session.WRITE });
      try {
        await session.executeWrite(async (tx) => {
          // Node kinds are checked before writing. Relationship endpoints are checked by the
          // write itself (see writeRelationships): looking up every endpoint first would
          // double the work of a large import.
          checkNodeKindsAgainstStore(batch, await storedKinds(tx, batch.nodes.map((node) => node.id)));
          await mergeWrites(tx, [...batch.nodes, ...batch.relationships], writersProvenance);
          await writeNodes(tx, batch.nodes, writersProvenance);
          if (!(await writeRelationships(tx, batch.relationships, writersProvenance))) {
            // Some row did not match: find out which, and refuse the batch with the reason.
            checkBatchAgainstStore(batch, await storedKinds(tx, idsReferencedBy(batch)));
            throw new StoreUnavailableError('a relationship endpoint changed while the batch was written; try again');
          }
          if (context.audit) await privacy.createAuditEntry(tx, context.audit);
          // Last, so the version lock is held only while committing (see BUMP_GRAPH_VERSION).
          if (batch.nodes.length + batch.relationships.length > 0) await tx.run(cypher.BUMP_GRAPH_VERSION);
        });
      } finally {
        await session.close();
      }
      return { nodesWritten: batch.nodes.length, relationshipsWritten: batch.relationships.length };
    });
  }

  async check(input: GraphBatchInput): Promise<void> {
    const batch = validateGraphBatch(input);
    const ids = idsReferencedBy(batch);
    const kinds = await this.read(cypher.STORED_KINDS, { ids }, (record) => [record.get('id'), record.get('kind')] as [string, NodeKind]);
    checkBatchAgainstStore(batch, new Map(kinds));
  }

  async getNode(id: string): Promise<StakeholderNode | null> {
    return (await this.getNodes([id]))[0] ?? null;
  }

  async getNodes(ids: readonly string[]): Promise<StakeholderNode[]> {
    const found = await this.read(cypher.GET_NODES, { ids }, (record) =>
      propertiesToNode(record.get('node') as Record<string, unknown>, record.get('write') as Record<string, unknown> | null),
    );
    const byId = new Map(found.map((node) => [node.id, node]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async findNodes(filter: NodeFilter, page: PageRequest): Promise<Page<StakeholderNode>> {
    checkPageRequest(page);
    const params = nodeFilterParams(filter);
    const after = decodeCursor(page.after, 1)?.[0] ?? '';
    const onlyKind = onlyKindOf(filter, params);
    const [rows, total] = await Promise.all([
      this.read(cypher.FIND_NODES, { ...params, after, limit: neo4j.int(page.first + 1) }, (record) =>
        propertiesToNode(record.get('node') as Record<string, unknown>, record.get('write') as Record<string, unknown> | null),
      ),
      onlyKind ? this.count(cypher.COUNT_OF_KIND[onlyKind], {}) : this.count(cypher.COUNT_NODES, params),
    ]);
    return toPage(rows, page.first, total, nodeSortKey);
  }

  async findNodesWithRelated(filter: NodeFilter, page: PageRequest, related: RelatedFieldsRequest): Promise<NodesWithRelated> {
    checkPageRequest(page);
    checkRelatedFieldsRequest(related);
    const params = nodeFilterParams(filter);
    const statement = cypher.nodesWithRelated(related.fields, onlyKindOf(filter, params));
    const statementParams = {
      ...params,
      ...scopeParams({ visibilities: related.visibilities, visibleWhenTouching: related.visibleWhenTouching }),
      ...Object.fromEntries(related.fields.map((field, f) => [`limit${f}`, neo4j.int(field.perNodeLimit + 1)])),
      after: decodeCursor(page.after, 1)?.[0] ?? '',
      limit: neo4j.int(page.first + 1),
    };
    // A node deleted between the statement and the read of the nodes not kept is read again with
    // the whole page; should that keep happening, the last answer leaves such nodes out.
    for (let attempt = 1; ; attempt++) {
      const parts = await this.read(statement, statementParams, (record) => record.get('part') as NodesWithRelatedPart);
      const answer = await this.assembleNodesWithRelated(parts, page.first, related);
      if (answer.complete || attempt === 3) return answer.read;
    }
  }

  /** The answer of findNodesWithRelated from its statement's parts, with the nodes not kept at their rev read now. */
  private async assembleNodesWithRelated(
    parts: NodesWithRelatedPart[],
    first: number,
    related: RelatedFieldsRequest,
  ): Promise<{ read: NodesWithRelated; complete: boolean }> {
    const writes = new Map(parts.flatMap((part) => (part.write ? [[part.write.writeId, part.write] as const] : [])));
    const rows = parts.flatMap((part) => (part.row ? [part.row] : []));
    const shown = rows.slice(0, first);
    const pages = related.fields.map((field, f) =>
      shown.map((row) => {
        const relationships = row.pages[f].map((record) => recordToRelationship({ ...record, write: writes.get(record.properties.writeId) }));
        return toPage(relationships, field.perNodeLimit, Number(row.totals[f]), relationshipSortKey);
      }),
    );
    const farIds = farEndIds(pages, shown);
    const far = parts.flatMap((part) => (part.far && farIds.has(part.far[0]) ? [part.far] : []));
    const nodes = await this.nodesAtRevs([...shown.map((row): [string, string | null] => [row.id, row.rev]), ...far]);
    const items = shown.flatMap((row) => nodes.get(row.id) ?? []);
    // The row beyond the page says there is a next page; only its id is needed for that.
    const nodePage = toPage<StakeholderNode | Pick<StakeholderNode, 'id'>>([...items, ...rows.slice(first)], first, Number(parts[0].total), nodeSortKey);
    const read = {
      page: { ...nodePage, items } as Page<StakeholderNode>,
      related: pages.map((pagesOfField) => pagesOfField.filter((_, index) => nodes.has(shown[index].id))),
      farEnds: far.flatMap(([id]) => nodes.get(id) ?? []),
    };
    return { read, complete: items.length === shown.length && read.farEnds.length === far.length };
  }

  /** The nodes of these ids at (at least) these revs: kept ones as kept, the others read in one statement and kept. */
  private async nodesAtRevs(wanted: readonly (readonly [string, string | null])[]): Promise<Map<string, StakeholderNode>> {
    const found = new Map<string, StakeholderNode>();
    const toRead: string[] = [];
    for (const [id, rev] of wanted) {
      const kept = rev ? this.keptNodes.at(id, rev) : undefined;
      if (kept) found.set(id, kept);
      else toRead.push(id);
    }
    if (toRead.length === 0) return found;
    const read = await this.read(cypher.GET_NODES, { ids: toRead }, (record) => ({
      properties: record.get('node') as Record<string, unknown>,
      write: record.get('write') as Record<string, unknown> | null,
    }));
    for (const { properties, write } of read) {
      const node = deepFreeze(propertiesToNode(properties, write));
      found.set(node.id, node);
      if (typeof properties.rev === 'string') this.keptNodes.keep(node, properties.rev);
    }
    return found;
  }

  async findRelationships(filter: RelationshipFilter, page: PageRequest): Promise<Page<ValidRelationship>> {
    checkPageRequest(page);
    const params = { ...scopeParams(filter), nodeIds: filter.nodeIds?.length ? filter.nodeIds : null };
    const after = decodeCursor(page.after, 4) ?? null;
    const [rows, total] = await Promise.all([
      this.read(cypher.FIND_RELATIONSHIPS, { ...params, after, limit: neo4j.int(page.first + 1) }, toRelationship),
      this.count(cypher.COUNT_RELATIONSHIPS, params),
    ]);
    return toPage(rows, page.first, total, relationshipSortKey);
  }

  async relationshipsOfMany(
    requests: readonly RelationshipPageRequest[],
    options: RelationshipsOfManyOptions,
  ): Promise<Page<ValidRelationship>[]> {
    checkRelationshipsOfManyOptions(options);
    const afters = requests.map((request) => decodeCursor(request.after, 4) ?? null);
    if (requests.length === 0) return [];
    const rows = await this.read(
      cypher.relationshipsOfMany(options.types, options.direction),
      {
        requests: requests.map((request, index) => ({ nodeId: request.nodeId, after: afters[index] })),
        ...scopeParams({ visibilities: options.visibilities, visibleWhenTouching: options.visibleWhenTouching }),
        limit: neo4j.int(options.perNodeLimit + 1),
      },
      (record) => ({
        index: Number(record.get('index')),
        relationships: (record.get('page') as RelationshipRecord[]).map(recordToRelationship),
        total: Number(record.get('total')),
      }),
    );
    const pages: Page<ValidRelationship>[] = requests.map(() => toPage<ValidRelationship>([], options.perNodeLimit, 0, relationshipSortKey));
    for (const row of rows) pages[row.index] = toPage(row.relationships, options.perNodeLimit, row.total, relationshipSortKey);
    return pages;
  }

  async getRelationship(identity: RelationshipIdentity): Promise<ValidRelationship | null> {
    const query = cypher.GET_RELATIONSHIP[identity.type];
    if (!query) return null;
    const [found] = await this.read(query, { from: identity.from, to: identity.to, key: identity.key ?? '' }, toRelationship);
    return found ?? null;
  }

  async getRelationships(identities: readonly RelationshipIdentity[]): Promise<ValidRelationship[]> {
    checkRelationshipIdentities(identities);
    if (identities.length === 0) return [];
    return this.read(cypher.RELATIONSHIPS_BY_IDENTITY, { identities: identities.map(identityParams) }, toRelationship);
  }

  async deleteRelationship(identity: RelationshipIdentity): Promise<boolean> {
    const query = cypher.DELETE_RELATIONSHIP[identity.type];
    if (!query) return false;
    return this.guarded(async () => {
      const { records } = await this.driver.executeQuery(query, { from: identity.from, to: identity.to, key: identity.key ?? '' });
      return Number(records[0]?.get('deleted') ?? 0) > 0;
    });
  }

  private async count(query: string, params: Record<string, unknown>): Promise<number> {
    const [total] = await this.read(query, params, (record) => Number(record.get('total')));
    return total ?? 0;
  }

  private relationshipsTouching = (ids: readonly string[], scope: RelationshipScope) =>
    this.read(cypher.RELATIONSHIPS_TOUCHING, { ids, ...scopeParams(scope) }, toRelationship);

  private async requireNodes(...ids: string[]): Promise<void> {
    const found = await this.getNodes(ids);
    for (const id of ids) if (!found.some((node) => node.id === id)) throw new NotFoundError('Node', id);
  }

  async neighbourhood(id: string, options: NeighbourhoodOptions): Promise<Subgraph> {
    checkNeighbourhoodOptions(options);
    await this.requireNodes(id);
    const walk = await walkNeighbourhood(id, options, this.relationshipsTouching);
    const nodes = options.withNodes === false ? [] : await this.getNodes(walk.nodeIds);
    return { nodes, relationships: walk.relationships, truncated: walk.truncated };
  }

  async relationshipsBetween(fromId: string, toId: string, options: BetweenOptions): Promise<ValidRelationship[]> {
    const maxDegree = checkBetweenOptions(options);
    await this.requireNodes(fromId, toId);
    if (fromId === toId) return [];
    const scope = { types: options.types, visibilities: options.visibilities, maxDegree };
    const kept = await walksBetween(fromId, toId, options.maxHops, scope, this.walkReads);
    if (kept.length === 0) return [];
    const found = await this.read(cypher.RELATIONSHIPS_BY_ELEMENT_ID, { edges: kept }, toRelationship);
    return found.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  async trustTiesBetween(fromId: string, toId: string, options: TiesBetweenOptions): Promise<TieBetween[]> {
    const maxDegree = checkBetweenOptions({ ...options, types: TRUST_RELATIONSHIP_TYPES });
    const { snapshot, found } = await this.guarded(() => this.trustSnapshots.current([fromId, toId]));
    for (const id of [fromId, toId]) if (!found.includes(id)) throw new NotFoundError('Node', id);
    const rule = { types: TRUST_RELATIONSHIP_TYPES, visibilities: options.visibilities, maxDegree };
    if (snapshot) return tiesBetweenIn(snapshot, fromId, toId, options.maxHops, rule);
    // The kept trust graph is stale and being read again: walk in the database meanwhile.
    const between = await this.relationshipsBetween(fromId, toId, { ...options, types: TRUST_RELATIONSHIP_TYPES, maxIntermediaryDegree: maxDegree });
    return between.map(tieOf);
  }

  /**
   * One round trip when the kept trust graph is current: its ties are searched and chosen from
   * first, then the version, the ends and the chosen details are read in one statement; the
   * answer stands when that version is the one searched. Otherwise (a write since, or nothing
   * kept yet) the reads are made again one after the other, from the current trust graph.
   */
  async trustTiesWithDetails<C extends TieChoice>(
    fromId: string,
    toId: string,
    options: TiesBetweenOptions,
    choose: (ties: TieBetween[]) => C,
  ): Promise<TiesWithDetails<C>> {
    const maxDegree = checkBetweenOptions({ ...options, types: TRUST_RELATIONSHIP_TYPES });
    const latest = this.trustSnapshots.latest;
    if (latest) {
      const rule = { types: TRUST_RELATIONSHIP_TYPES, visibilities: options.visibilities, maxDegree };
      const choice = choose(await tiesBetweenIn(latest.snapshot, fromId, toId, options.maxHops, rule));
      checkRelationshipIdentities(choice.relationships);
      const [read] = await this.read(
        cypher.GRAPH_VERSION_AND_DETAILS,
        { ends: [fromId, toId], identities: choice.relationships.map(identityParams), nodeIds: choice.nodeIds },
        (record) => ({
          version: record.get('version') as string | null,
          found: record.get('found') as string[],
          relationships: (record.get('relationships') as RelationshipRecord[]).map(recordToRelationship),
          nodes: (record.get('nodes') as { node: Record<string, unknown>; write: Record<string, unknown> | null }[]).map((row) =>
            propertiesToNode(row.node, row.write),
          ),
        }),
      );
      if (read.version === latest.version) {
        for (const id of [fromId, toId]) if (!read.found.includes(id)) throw new NotFoundError('Node', id);
        const byId = new Map(read.nodes.map((node) => [node.id, node]));
        return { choice, relationships: read.relationships, nodes: choice.nodeIds.flatMap((id) => byId.get(id) ?? []) };
      }
    }
    return trustTiesThenDetails(this, fromId, toId, options, choose);
  }

  async shortestPath(fromId: string, toId: string, options: PathOptions): Promise<GraphPath | null> {
    checkPathOptions(options);
    await this.requireNodes(fromId, toId);
    if (fromId === toId) return { nodes: await this.getNodes([fromId]), relationships: [] };
    const [found] = await this.read(
      options.visibleWhenTouching?.length ? cypher.SHORTEST_PATH_TOUCHING : cypher.SHORTEST_PATH,
      { from: fromId, to: toId, ...scopeParams(options) },
      (record) => ({
        nodeIds: record.get('nodeIds') as string[],
        relationships: (record.get('relationships') as RelationshipRecord[]).map(recordToRelationship),
      }),
    );
    if (!found || found.relationships.length > options.maxHops) return null;
    return { nodes: await this.getNodes(found.nodeIds), relationships: found.relationships };
  }

  async deleteNode(id: string): Promise<boolean> {
    return this.guarded(async () => {
      const { records } = await this.driver.executeQuery(cypher.DELETE_NODE, { id });
      return Number(records[0]?.get('deleted') ?? 0) > 0;
    });
  }

  async countByKind(): Promise<Record<NodeKind, number>> {
    const counts = Object.fromEntries(NODE_KINDS.map((kind) => [kind, 0])) as Record<NodeKind, number>;
    const rows = await this.read(cypher.COUNT_BY_KIND, {}, (record) => ({
      kind: record.get('kind') as NodeKind,
      n: Number(record.get('n')),
    }));
    for (const row of rows) counts[row.kind] = row.n;
    return counts;
  }

  matchContext(request: MatchContextRequest): Promise<MatchContext> {
    return this.guarded(() => this.matching.read(this.driver, request));
  }

  createIntroduction(introduction: Introduction): Promise<Introduction> {
    return this.guarded(() => introductions.createIntroduction(this.driver, introduction));
  }

  saveIntroduction(introduction: Introduction): Promise<Introduction> {
    return this.guarded(() => introductions.saveIntroduction(this.driver, introduction));
  }

  createAccount(account: Account): Promise<Account> {
    return this.guarded(() => accounts.createAccount(this.driver, account));
  }

  getAccount(id: string): Promise<Account | null> {
    return this.guarded(() => accounts.getAccount(this.driver, id));
  }

  findAccountByEmail(email: string): Promise<Account | null> {
    return this.guarded(() => accounts.findAccountByEmail(this.driver, email));
  }

  countAccounts(): Promise<number> {
    return this.guarded(() => accounts.countAccounts(this.driver));
  }

  getIntroduction(id: string): Promise<Introduction | null> {
    return this.guarded(() => introductions.getIntroduction(this.driver, id));
  }

  findIntroductions(filter: IntroductionFilter, page: PageRequest): Promise<Page<Introduction>> {
    return this.guarded(() => introductions.findIntroductions(this.driver, filter, page));
  }

  forgetPerson(personId: string, audit: AuditEntry): Promise<ErasureResult> {
    return this.guarded(() => privacy.forgetPerson(this.driver, personId, audit));
  }

  appendAuditEntry(entry: AuditEntry): Promise<void> {
    return this.guarded(() => privacy.appendAuditEntry(this.driver, entry));
  }

  findAuditEntries(filter: AuditEntryFilter, page: PageRequest): Promise<Page<AuditEntry>> {
    return this.guarded(() => privacy.findAuditEntries(this.driver, filter, page));
  }

  recordImpressions(subjectId: string, targetIds: readonly string[], at: Date): Promise<void> {
    return this.guarded(() => introductions.recordImpressions(this.driver, subjectId, targetIds, at));
  }

  matchingStateToken(subjectId: string): Promise<string> {
    return this.guarded(() => introductions.matchingStateToken(this.driver, subjectId));
  }

  migrate(): Promise<number> {
    return this.guarded(() => migrateNeo4j(this.driver));
  }

  async health(): Promise<StoreHealth> {
    try {
      const info = await this.driver.getServerInfo();
      return { kind: 'neo4j', reachable: true, schemaVersion: await readSchemaVersion(this.driver), agent: info.agent ?? null };
    } catch (error) {
      const reason = toDomainError(error, this.uri);
      return { kind: 'neo4j', reachable: false, schemaVersion: null, agent: null, error: reason.message };
    }
  }

  async close(): Promise<void> {
    if (this.ownsDriver) await this.driver.close();
  }
}

function toRelationship(record: { get(key: string): unknown }): ValidRelationship {
  return recordToRelationship({
    type: record.get('type') as string,
    from: record.get('from') as string,
    to: record.get('to') as string,
    properties: record.get('properties') as Record<string, unknown>,
    write: record.get('write') as Record<string, unknown> | null,
  });
}

/** A relationship's identity as the statements match it: no key is the empty key. */
function identityParams(identity: RelationshipIdentity) {
  return { type: identity.type, from: identity.from, to: identity.to, key: identity.key ?? '' };
}

async function storedKinds(tx: ManagedTransaction, ids: string[]): Promise<Map<string, NodeKind>> {
  const result = await tx.run(cypher.STORED_KINDS, { ids });
  return new Map(result.records.map((record) => [record.get('id') as string, record.get('kind') as NodeKind]));
}

function groupBy<T, K extends string>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/**
 * One statement per kind, sent without waiting for the previous one: the driver pipelines them
 * in the transaction, so encoding the next group overlaps with the server running this one.
 */
async function writeNodes(tx: ManagedTransaction, nodes: readonly StakeholderNode[], writers: Provenance): Promise<void> {
  await Promise.all(
    [...groupBy(nodes, (node) => node.kind)].map(([kind, group]) =>
      tx.run(cypher.UPSERT_NODES[kind], { nodes: group.map((node) => nodeToProperties(node, node.provenance ?? writers)) }),
    ),
  );
}

/** The KoppelWrite nodes of the batch's provenances: usually one, the writer's own. */
async function mergeWrites(
  tx: ManagedTransaction,
  items: readonly { provenance?: Provenance }[],
  writers: Provenance,
): Promise<void> {
  const distinct = new Map<string, Provenance>();
  for (const item of items) {
    const provenance = item.provenance ?? writers;
    distinct.set(writeIdOf(provenance), provenance);
  }
  const writes = [...distinct].map(([writeId, provenance]) => ({ writeId, provenance }));
  if (writes.length > 0) await tx.run(cypher.MERGE_WRITES, { writes });
}

/**
 * Writes every relationship whose endpoints exist with allowed kinds. False when some row found
 * no such endpoints: the caller then explains and refuses the batch, rolling it all back.
 */
async function writeRelationships(
  tx: ManagedTransaction,
  relationships: readonly ValidRelationship[],
  writers: Provenance,
): Promise<boolean> {
  const written = await Promise.all(
    [...groupBy(relationships, (rel) => rel.type as RelationshipType)].map(async ([type, group]) => {
      const result = await tx.run(cypher.UPSERT_RELATIONSHIPS[type], {
        relationships: group.map((rel) => ({
          from: rel.from,
          to: rel.to,
          properties: relationshipToProperties(rel, rel.provenance ?? writers),
        })),
      });
      return Number(result.records[0]?.get('written') ?? 0) === group.length;
    }),
  );
  return written.every(Boolean);
}
