import type {
  Account,
  AuditEntry,
  EcosystemDomain,
  ErasureResult,
  EnterpriseKind,
  GraphBatchInput,
  Introduction,
  IntroductionStatus,
  MatchContext,
  MatchContextRequest,
  NodeKind,
  Province,
  RelationshipType,
  Stage,
  StakeholderNode,
  Theme,
  TieBetween,
  ValidRelationship,
  Visibility,
  WriteContext,
} from '@koppel/domain';

/**
 * The one port through which the application reads and writes the ecosystem graph. Every
 * adapter (Neo4j, embedded) must pass the same contract suite (see testing/).
 */
export interface GraphStore {
  /** Which adapter this is, for /health and logs. */
  readonly kind: StoreKind;

  /**
   * The most items one upsert should carry: a larger import is checked whole, then written in
   * batches of this size. Unbounded where one transaction of any size is fine (SQLite).
   */
  readonly largestAtomicBatch: number;

  /**
   * Validates and writes a batch of nodes and relationships, all or nothing. Upsert by id:
   * sending the same batch twice leaves the graph as after the first time. What is new is
   * stamped with the provenance of `context`; what existed keeps the provenance it had.
   * Throws ValidationError (naming field and reason) and writes nothing on any bad item.
   */
  upsert(batch: GraphBatchInput, context: WriteContext): Promise<UpsertResult>;

  /**
   * Everything upsert would check, without writing: the shapes, and the endpoints and kinds
   * against what is stored. Throws the same ValidationError upsert would. Lets a large import
   * be refused as a whole before any of its batches is written.
   */
  check(batch: GraphBatchInput): Promise<void>;

  getNode(id: string): Promise<StakeholderNode | null>;
  /** The nodes that exist among `ids`, in the order asked; missing ids are left out. */
  getNodes(ids: readonly string[]): Promise<StakeholderNode[]>;

  /** Nodes matching every given filter, ordered by id, one page at a time. */
  findNodes(filter: NodeFilter, page: PageRequest): Promise<Page<StakeholderNode>>;
  /** Relationships matching the filter, ordered by id, one page at a time. */
  findRelationships(filter: RelationshipFilter, page: PageRequest): Promise<Page<ValidRelationship>>;

  /**
   * The relationships of many nodes at once, one page per request, in the order asked: what a
   * per-request loader needs so a nested list costs one call, not one per item. Each page lists
   * the node's relationships of `options.types` in `options.direction` (in scope), ordered like
   * findRelationships, from the request's own `after`. An unknown node gets an empty page.
   * ValidationError for an unknown type, a page size out of range or a foreign cursor.
   */
  relationshipsOfMany(requests: readonly RelationshipPageRequest[], options: RelationshipsOfManyOptions): Promise<Page<ValidRelationship>[]>;

  /**
   * A page of nodes (as findNodes) together with the first page of each one's relationships for
   * every field in `related.fields` (as relationshipsOfMany, in `related`'s scope), and the nodes
   * at the far ends of those relationships: what a typed list with relationship fields shows, in
   * one read (one statement on Neo4j) instead of three in sequence. `related[f][i]` is field f of
   * `page.items[i]`. ValidationError as findNodes and relationshipsOfMany.
   */
  findNodesWithRelated(filter: NodeFilter, page: PageRequest, related: RelatedFieldsRequest): Promise<NodesWithRelated>;

  /** The relationship with this identity (type, from, to, key); null when there is none. */
  getRelationship(identity: RelationshipIdentity): Promise<ValidRelationship | null>;

  /** The relationships with these identities that exist, in the order asked; at most MAX_PAGE_SIZE. */
  getRelationships(identities: readonly RelationshipIdentity[]): Promise<ValidRelationship[]>;

  /** Deletes the relationship with this identity; false when there was none. Its ends stay. */
  deleteRelationship(identity: RelationshipIdentity): Promise<boolean>;

  /** The subgraph within `depth` hops of a node, following only `types` (all when empty). */
  neighbourhood(id: string, options: NeighbourhoodOptions): Promise<Subgraph>;

  /**
   * The relationships over `types` (either direction) on the paths of at most `maxHops` from one
   * node to the other that pass, between the ends, only through nodes with at most
   * `maxIntermediaryDegree` relationships in scope: a hub is never walked through, though it may
   * be either end. The ground a search for the best few paths needs, in id order; none from a
   * node to itself. Up to four hops exactly those; beyond, a relationship on a walk that visits
   * a node twice may come along (the path search refuses loops). NotFoundError for an unknown end.
   */
  relationshipsBetween(fromId: string, toId: string, options: BetweenOptions): Promise<ValidRelationship[]>;

  /**
   * What a search for warm paths needs, and no more: the trust relationships (TRUST_RELATIONSHIP_TYPES)
   * relationshipsBetween would answer over those types, as lean ties (TieBetween: identity, ends
   * and tie facts), in id order. Read from what the store keeps of the trust graph at its current
   * version, checked at every call, so a write by any process is seen by the next call. The few
   * relationships on the paths chosen are then read in full with getRelationships.
   * NotFoundError for an unknown end; ValidationError as relationshipsBetween.
   */
  trustTiesBetween(fromId: string, toId: string, options: TiesBetweenOptions): Promise<TieBetween[]>;

  /**
   * A warm path's reads in one call: the ties trustTiesBetween answers, handed to `choose`, which
   * picks from them and names the relationships (at most MAX_PAGE_SIZE) and nodes to read in
   * full; those answered as getRelationships and getNodes answer them. The ties are never older
   * than the graph version the store saw during the call (a store may search what it keeps
   * first and check its version while reading the details, then search again when it moved),
   * so `choose` may be called more than once and must depend on the ties alone; the choice
   * answered is the one made from the ties answered. Errors as trustTiesBetween.
   */
  trustTiesWithDetails<C extends TieChoice>(
    fromId: string,
    toId: string,
    options: TiesBetweenOptions,
    choose: (ties: TieBetween[]) => C,
  ): Promise<TiesWithDetails<C>>;

  /** A shortest path between two nodes over `types`, in either direction; null when none. */
  shortestPath(fromId: string, toId: string, options: PathOptions): Promise<GraphPath | null>;

  /**
   * Deletes a node and every relationship it has. False when there was no such node. The
   * introductions it requested or received and its suggestion impressions (either side) go with
   * it; an introduction it was only asked to make stays, without introducer, at the next version.
   */
  deleteNode(id: string): Promise<boolean>;

  countByKind(): Promise<Record<NodeKind, number>>;

  /**
   * Everything the matching engine needs to score one subject, read in one go (see MatchContext
   * in libs/domain). Only trust relationships whose visibility is in `request.visibilities` are
   * used; an empty list sees none. Nodes in a context carry no provenance, and are frozen: a
   * store may hand the same node object to many requests. Throws NotFoundError
   * for an unknown subject, ValidationError for a request out of bounds. Where several
   * relationships join one pair, a common neighbour's tie is the strongest of them (strength,
   * missing counting as 0.5; then confidence; then the lowest relationship id).
   */
  matchContext(request: MatchContextRequest): Promise<MatchContext>;

  /**
   * Stores a new introduction as version 1 and returns it so. ConflictError when its id exists
   * (the service derives the id from the pair, so two requests for one pair cannot both pass);
   * NotFoundError, writing nothing, when the requester, target or introducer does not exist.
   */
  createIntroduction(introduction: Introduction): Promise<Introduction>;

  /**
   * Replaces a stored introduction if it is still at `introduction.version`, storing and
   * returning it at the next version. ConflictError when it changed since it was read;
   * NotFoundError when there is none; ValidationError when requester, target or introducer
   * would change (they are fixed when it is created).
   */
  saveIntroduction(introduction: Introduction): Promise<Introduction>;

  getIntroduction(id: string): Promise<Introduction | null>;

  /** Introductions matching every given filter, ordered by requestedAt then id, one page at a time. */
  findIntroductions(filter: IntroductionFilter, page: PageRequest): Promise<Page<Introduction>>;

  /**
   * Counts one more showing of each target (once per call, duplicates ignored) as a suggestion
   * to the subject, and keeps the later of the stored and the given time as lastShownAt.
   * NotFoundError, writing nothing, when the subject or a target does not exist.
   */
  recordImpressions(subjectId: string, targetIds: readonly string[], at: Date): Promise<void>;

  /**
   * A token for what a suggestion for `subjectId` rests on, so an answer may be kept while it
   * stays the same. It changes after any write of nodes or relationships, of any introduction
   * (a target's record counts for every subject) and of the subject's own impressions, through
   * this store or any other over the same data; it stays the same after a read and after another
   * subject's impressions (on the embedded store a commit by another process may change it
   * anyway: a needless change only costs a recomputation). It does not know the time: whatever
   * depends on "now" (cool-downs, fading ties) is the keeper's to bound. Cheap: in-process
   * counters and indexed reads. An unknown subject has a token too.
   */
  matchingStateToken(subjectId: string): Promise<string>;

  /**
   * Forgets a person (see erasure.ts in libs/domain), in one transaction with `audit` appended:
   * the Person node and its relationships, the introductions they requested or received and
   * their impressions go; in the introductions kept they are no longer introducer, and the steps
   * they took name ERASED_ACTOR instead (each such introduction moves to its next version); the
   * accounts of the person are removed.
   * NotFoundError for an unknown id, ValidationError (field `personId`) for a node that is not a
   * Person; nothing is written then.
   */
  forgetPerson(personId: string, audit: AuditEntry): Promise<ErasureResult>;

  /** Appends an audit entry. ConflictError when its id exists. */
  appendAuditEntry(entry: AuditEntry): Promise<void>;

  /** Audit entries matching every given filter, oldest first (by `at`, then id), one page at a time. */
  findAuditEntries(filter: AuditEntryFilter, page: PageRequest): Promise<Page<AuditEntry>>;

  /**
   * Stores a new account. Its e-mail is kept lower-cased, and unique whatever its case:
   * ConflictError (writing nothing) when the id or the e-mail is taken. Accounts live beside the
   * graph, never in it: no node read, count, export or walk of the graph ever shows one.
   */
  createAccount(account: Account): Promise<Account>;

  getAccount(id: string): Promise<Account | null>;

  /** The account with this e-mail, in any case; null when there is none. */
  findAccountByEmail(email: string): Promise<Account | null>;

  countAccounts(): Promise<number>;

  health(): Promise<StoreHealth>;

  /**
   * Brings the store's schema (constraints, indexes, tables) to the newest version, idempotently,
   * and returns that version. Safe to call at every start and from several processes at once.
   */
  migrate(): Promise<number>;

  close(): Promise<void>;
}

export type StoreKind = 'neo4j' | 'embedded';

export interface UpsertResult {
  nodesWritten: number;
  relationshipsWritten: number;
}

export interface NodeFilter {
  kinds?: readonly NodeKind[];
  /** Case-insensitive substring of the name. */
  nameContains?: string;
  municipality?: string;
  province?: Province;
  theme?: Theme;
  offers?: EcosystemDomain;
  needs?: EcosystemDomain;
  /** Only entrepreneurs that share their needs (true) or do not (false). */
  needsShared?: boolean;
  /** Entrepreneurs at this stage (other kinds have none, so they never match). */
  stage?: Stage;
  /** Entrepreneurs of this kind (other kinds have none, so they never match). */
  enterpriseKind?: EnterpriseKind;
}

/** Which way a relationship points, seen from the node asked about. */
export type RelationshipDirection = 'OUT' | 'IN' | 'BOTH';

export interface RelationshipsOfManyOptions {
  /** At least one; the types to list. */
  types: readonly RelationshipType[];
  direction: RelationshipDirection;
  /** All when left out. */
  visibilities?: readonly Visibility[];
  /** Relationships of other visibilities are listed too when one of their ends is one of these nodes. */
  visibleWhenTouching?: readonly string[];
  /** Page size per node; adapters refuse more than MAX_PAGE_SIZE. */
  perNodeLimit: number;
}

/** At most this many relationship fields in one findNodesWithRelated: every field is a subquery. */
export const MAX_RELATED_FIELDS = 16;

/** One relationship field of every node on a page: its types, direction and page size. */
export interface RelatedField {
  types: readonly RelationshipType[];
  direction: RelationshipDirection;
  /** Page size per node; adapters refuse more than MAX_PAGE_SIZE. */
  perNodeLimit: number;
}

/** The relationship fields findNodesWithRelated reads, and the scope they are read in (as relationshipsOfMany). */
export interface RelatedFieldsRequest {
  fields: readonly RelatedField[];
  visibilities?: readonly Visibility[];
  visibleWhenTouching?: readonly string[];
}

export interface NodesWithRelated {
  page: Page<StakeholderNode>;
  /** `related[f][i]`: the first page of field f's relationships of `page.items[i]`. */
  related: Page<ValidRelationship>[][];
  /** Every node at the far end of a relationship in `related`, once each, in no set order. */
  farEnds: StakeholderNode[];
}

export interface RelationshipPageRequest {
  nodeId: string;
  /** The endCursor of this node's previous page; none (or null) for the first page. */
  after?: string | null;
}

/** What makes a relationship the one it is (see relationshipId in libs/domain). */
export interface RelationshipIdentity {
  type: RelationshipType;
  from: string;
  to: string;
  key?: string;
}

/** Which relationships a read may see or walk over; all when a field is left out. */
export interface RelationshipScope {
  types?: readonly RelationshipType[];
  visibilities?: readonly Visibility[];
  /**
   * Relationships outside `visibilities` are still in scope when one of their ends is one of
   * these nodes (a viewer sees its own ties, whatever their visibility). None when left out.
   */
  visibleWhenTouching?: readonly string[];
}

export interface RelationshipFilter extends RelationshipScope {
  /** Only relationships that touch one of these nodes. */
  nodeIds?: readonly string[];
}

export interface IntroductionFilter {
  /** Requested by or addressed to this node. */
  involving?: string;
  requesterId?: string;
  targetId?: string;
  /** Any of these; all when left out or empty. */
  statuses?: readonly IntroductionStatus[];
  /** The node requested, received or was asked to make it, or took one of its steps. */
  actedInBy?: string;
}

export interface AuditEntryFilter {
  /** Entries about this subject (an organisation id, or `sha256:<hex>` of an erased person's id). */
  subject?: string;
  /** Entries made by this account. */
  actorAccountId?: string;
}

export interface PageRequest {
  /** How many items at most; adapters refuse more than MAX_PAGE_SIZE. */
  first: number;
  /** The cursor of the last item of the previous page; none (or null) for the first page. */
  after?: string | null;
}

export interface Page<T> {
  items: T[];
  /** Cursor of the last item, to pass as `after` for the next page. */
  endCursor: string | null;
  hasNextPage: boolean;
  totalCount: number;
}

export interface NeighbourhoodOptions extends RelationshipScope {
  depth: number;
  /** At most this many nodes (nearest first); the subgraph says whether it was cut. */
  limit?: number;
  /**
   * False: the relationships only, `nodes` left empty. A walk that needs just the shape (warm
   * paths) then does not read the profiles of thousands of nodes it will not show.
   */
  withNodes?: boolean;
}

export interface Subgraph {
  nodes: StakeholderNode[];
  relationships: ValidRelationship[];
  truncated: boolean;
}

export interface PathOptions extends RelationshipScope {
  maxHops: number;
}

export interface BetweenOptions extends PathOptions {
  /** Nodes with more relationships in scope are not walked through; default MAX_INTERMEDIARY_DEGREE. */
  maxIntermediaryDegree?: number;
}

export interface TiesBetweenOptions {
  maxHops: number;
  /** Only relationships with one of these visibilities; all when missing or empty. */
  visibilities?: readonly Visibility[];
  /** Nodes with more trust relationships in scope are not walked through; default MAX_INTERMEDIARY_DEGREE. */
  maxIntermediaryDegree?: number;
}

/** What trustTiesWithDetails' `choose` names to be read in full. */
export interface TieChoice {
  relationships: readonly RelationshipIdentity[];
  nodeIds: readonly string[];
}

export interface TiesWithDetails<C extends TieChoice> {
  /** What `choose` answered for the ties. */
  choice: C;
  /** The chosen relationships that exist, in full, in the order named. */
  relationships: ValidRelationship[];
  /** The chosen nodes that exist, in the order named. */
  nodes: StakeholderNode[];
}

export interface GraphPath {
  /** From the start node to the end node. */
  nodes: StakeholderNode[];
  /** relationships[i] joins nodes[i] and nodes[i + 1], in whichever direction it points. */
  relationships: ValidRelationship[];
}

export interface StoreHealth {
  kind: StoreKind;
  reachable: boolean;
  /** The schema version the store has been migrated to; null when unknown or unreachable. */
  schemaVersion: number | null;
  /** What answered, e.g. `Neo4j/5.26.0` or `SQLite/3.53.0`. */
  agent: string | null;
  error?: string;
}

export const MAX_PAGE_SIZE = 1000;
export const MAX_NEIGHBOURHOOD_DEPTH = 4;
export const MAX_PATH_HOPS = 8;
