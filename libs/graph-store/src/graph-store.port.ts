import type {
  EcosystemDomain,
  GraphBatchInput,
  NodeKind,
  Province,
  RelationshipType,
  StakeholderNode,
  Theme,
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

  /** The subgraph within `depth` hops of a node, following only `types` (all when empty). */
  neighbourhood(id: string, options: NeighbourhoodOptions): Promise<Subgraph>;

  /** A shortest path between two nodes over `types`, in either direction; null when none. */
  shortestPath(fromId: string, toId: string, options: PathOptions): Promise<GraphPath | null>;

  /** Deletes a node and every relationship it has. False when there was no such node. */
  deleteNode(id: string): Promise<boolean>;

  countByKind(): Promise<Record<NodeKind, number>>;

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
}

/** Which relationships a read may see or walk over; all when a field is left out. */
export interface RelationshipScope {
  types?: readonly RelationshipType[];
  visibilities?: readonly Visibility[];
}

export interface RelationshipFilter extends RelationshipScope {
  /** Only relationships that touch one of these nodes. */
  nodeIds?: readonly string[];
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
}

export interface Subgraph {
  nodes: StakeholderNode[];
  relationships: ValidRelationship[];
  truncated: boolean;
}

export interface PathOptions extends RelationshipScope {
  maxHops: number;
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
