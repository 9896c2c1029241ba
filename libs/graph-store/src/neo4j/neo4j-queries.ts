import {
  NODE_KINDS,
  NodeKind,
  RELATIONSHIP_RULES,
  RELATIONSHIP_TYPES,
  RelationshipType,
  TRUST_RELATIONSHIP_TYPES,
} from '@koppel/domain';
import { MAX_PATH_HOPS, RelationshipDirection } from '../graph-store.port';

/**
 * Every Cypher statement the Neo4j adapter runs. Values always travel as parameters. Labels
 * and relationship types cannot be parameters in Cypher, so the statements that need one are
 * made here, once, from the domain's closed lists, never from a request.
 */

/**
 * The relationship types of the ecosystem graph, as a pattern. The database also holds
 * relationships that are not part of it (introductions, suggestion impressions); every generic
 * read names these types, so it can never list, count, walk or export those.
 */
const GRAPH_TYPES = RELATIONSHIP_TYPES.join('|');

/** The kinds stored for a set of ids, for endpoint and kind-change checks. */
export const STORED_KINDS = `
  MATCH (n:Node) WHERE n.id IN $ids
  RETURN n.id AS id, n.kind AS kind`;

/**
 * Replaces the properties of each node by id, creating it when new; per kind for its label.
 * The provenance of the first write is kept. Every write gives the node a new random `rev`, so
 * a reader may keep a node it parsed for as long as its rev is the same (see the match context).
 */
export const UPSERT_NODES: Record<NodeKind, string> = Object.fromEntries(
  NODE_KINDS.map((kind) => [
    kind,
    `
  UNWIND $nodes AS node
  MERGE (n:Node {id: node.id})
  WITH n, node, n.writeId AS firstWrite
  SET n = node, n:${kind}
  SET n.writeId = coalesce(firstWrite, node.writeId), n.rev = randomUUID()
  RETURN count(n) AS written`,
  ]),
) as Record<NodeKind, string>;

/**
 * Creates or updates each relationship by its identity (from, type, to, key); per type. Only
 * endpoints that exist with a kind the type allows match (a label test, cheaper than reading a
 * property), so the count written tells whether every row was valid. The index hints keep the
 * planner on the unique id index. The provenance of the first write is kept.
 */
export const UPSERT_RELATIONSHIPS: Record<RelationshipType, string> = Object.fromEntries(
  RELATIONSHIP_TYPES.map((type) => {
    const { from, to } = RELATIONSHIP_RULES[type];
    return [
      type,
      `
  UNWIND $relationships AS rel
  WITH rel, rel.properties AS props
  MATCH (a:Node {id: rel.from}) USING INDEX a:Node(id) WHERE a:${from.join('|')}
  MATCH (b:Node {id: rel.to}) USING INDEX b:Node(id) WHERE b:${to.join('|')}
  MERGE (a)-[r:${type} {key: props.key}]->(b)
  ON CREATE SET r = props
  ON MATCH SET r = props {.*, writeId: r.writeId}
  RETURN count(r) AS written`,
    ];
  }),
) as Record<RelationshipType, string>;

/**
 * Provenance is kept once per write, on a KoppelWrite node; nodes and relationships hold its
 * writeId, so a million-edge import stores its provenance once, as the embedded store does.
 */
export const MERGE_WRITES = `
  UNWIND $writes AS write
  MERGE (w:KoppelWrite {writeId: write.writeId})
  ON CREATE SET w += write.provenance`;

const WRITE_OF = (item: string) =>
  `head(COLLECT { MATCH (w:KoppelWrite {writeId: ${item}.writeId}) RETURN properties(w) })`;

export const GET_NODES = `
  UNWIND $ids AS id
  MATCH (n:Node {id: id})
  RETURN properties(n) AS node, ${WRITE_OF('n')} AS write`;

const NODE_CONDITIONS = `($kinds IS NULL OR n.kind IN $kinds)
    AND ($nameContains IS NULL OR n.nameKey CONTAINS $nameContains)
    AND ($municipality IS NULL OR n.municipality = $municipality)
    AND ($province IS NULL OR n.province = $province)
    AND ($theme IS NULL OR $theme IN n.themes)
    AND ($offers IS NULL OR $offers IN n.offers)
    AND ($needs IS NULL OR $needs IN n.needDomains)
    AND ($needsShared IS NULL OR (n.kind = 'Entrepreneur' AND coalesce(n.needsShared, false) = $needsShared))
    AND ($stage IS NULL OR n.stage = $stage)
    AND ($enterpriseKind IS NULL OR n.enterpriseKind = $enterpriseKind)`;

/**
 * A page of nodes in id order. `n.id > $after` (the empty string for the first page) is a range
 * seek on the unique id index, which hands the nodes over in id order: the planner then needs no
 * sort and stops at the page's end, instead of reading and sorting every node to keep 50.
 */
export const FIND_NODES = `
  MATCH (n:Node) USING INDEX n:Node(id)
  WHERE n.id > $after AND ${NODE_CONDITIONS}
  RETURN properties(n) AS node, ${WRITE_OF('n')} AS write
  ORDER BY n.id
  LIMIT $limit`;

export const COUNT_NODES = `
  MATCH (n:Node) WHERE ${NODE_CONDITIONS}
  RETURN count(n) AS total`;

/** The nodes of one kind, read from Neo4j's count store: no node is touched. */
export const COUNT_OF_KIND: Record<NodeKind, string> = Object.fromEntries(
  NODE_KINDS.map((kind) => [kind, `MATCH (n:${kind}) RETURN count(n) AS total`]),
) as Record<NodeKind, string>;

const RELATIONSHIP_FILTER = `
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($visibilities IS NULL OR r.visibility IN $visibilities OR a.id IN $touching OR b.id IN $touching)
    AND ($nodeIds IS NULL OR a.id IN $nodeIds OR b.id IN $nodeIds)`;

const RELATIONSHIP_FIELDS = `type(r) AS type, a.id AS from, b.id AS to, properties(r) AS properties, ${WRITE_OF('r')} AS write`;

/** Listed by (from, type, to, key), the same order as the embedded store's primary key. */
export const FIND_RELATIONSHIPS = `
  MATCH (a:Node)-[r:${GRAPH_TYPES}]->(b:Node) ${RELATIONSHIP_FILTER}
  WITH a, r, b, [a.id, type(r), b.id, r.key] AS sortKey
  WHERE $after IS NULL
     OR sortKey[0] > $after[0]
     OR (sortKey[0] = $after[0] AND (sortKey[1] > $after[1]
     OR (sortKey[1] = $after[1] AND (sortKey[2] > $after[2]
     OR (sortKey[2] = $after[2] AND sortKey[3] > $after[3])))))
  RETURN ${RELATIONSHIP_FIELDS}
  ORDER BY sortKey[0], sortKey[1], sortKey[2], sortKey[3]
  LIMIT $limit`;

export const COUNT_RELATIONSHIPS = `
  MATCH (a:Node)-[r:${GRAPH_TYPES}]->(b:Node) ${RELATIONSHIP_FILTER}
  RETURN count(r) AS total`;

const AFTER_SORT_KEY = (after: string) => `
  ${after} IS NULL
     OR sortKey[0] > ${after}[0]
     OR (sortKey[0] = ${after}[0] AND (sortKey[1] > ${after}[1]
     OR (sortKey[1] = ${after}[1] AND (sortKey[2] > ${after}[2]
     OR (sortKey[2] = ${after}[2] AND sortKey[3] > ${after}[3])))))`;

const DIRECTED_PATTERN: Record<RelationshipDirection, (types: string) => string> = {
  OUT: (types) => `(n)-[r:${types}]->(:Node)`,
  IN: (types) => `(n)<-[r:${types}]-(:Node)`,
  BOTH: (types) => `(n)-[r:${types}]-(:Node)`,
};

/** A relationship of the scope: of a visibility it lists, or of any when an end is one of $touching. */
const VISIBLE_TO_SCOPE =
  '($visibilities IS NULL OR r.visibility IN $visibilities OR startNode(r).id IN $touching OR endNode(r).id IN $touching)';

const relationshipsOfManyCache = new Map<string, string>();

/**
 * One page of relationships for each of many nodes, in one statement: each request's own
 * cursor and LIMIT apply inside its subquery, and its total is counted from the node's
 * relationship groups. The types come only from the domain's list (checked before this is
 * called), so the statement text is one of a closed set, kept once made.
 */
export function relationshipsOfMany(types: readonly RelationshipType[], direction: RelationshipDirection): string {
  const cacheKey = `${direction}:${[...types].sort().join('|')}`;
  const known = relationshipsOfManyCache.get(cacheKey);
  if (known) return known;
  const pattern = DIRECTED_PATTERN[direction]([...types].sort().join('|'));
  const query = `
  UNWIND range(0, size($requests) - 1) AS index
  WITH index, $requests[index] AS request
  MATCH (n:Node {id: request.nodeId})
  CALL (n, request) {
    MATCH ${pattern}
    WHERE ${VISIBLE_TO_SCOPE}
    WITH r, startNode(r) AS a, endNode(r) AS b
    WITH r, a, b, [a.id, type(r), b.id, r.key] AS sortKey
    WHERE ${AFTER_SORT_KEY('request.after')}
    WITH r, a, b, sortKey
    ORDER BY sortKey[0], sortKey[1], sortKey[2], sortKey[3]
    LIMIT $limit
    RETURN collect({type: type(r), from: a.id, to: b.id, properties: properties(r), write: ${WRITE_OF('r')}}) AS page
  }
  RETURN index, page,
    COUNT { MATCH ${pattern} WHERE ${VISIBLE_TO_SCOPE} } AS total`;
  relationshipsOfManyCache.set(cacheKey, query);
  return query;
}

const nodesWithRelatedCache = new Map<string, string>();

/**
 * findNodesWithRelated in one statement: the page of nodes (as FIND_NODES), then for each field a
 * subquery per node with that field's first page (as relationshipsOfMany: its order, its LIMIT
 * `$limit<f>`, its total), then the distinct nodes at the far ends, the distinct writes (the
 * provenance) of the relationships, and the count (from the count store when the filter is one
 * kind alone, as findNodes). Nodes are named by id and rev only: the adapter keeps parsed nodes by
 * rev (KeptNodes) and reads in full only those it does not have. Answered as one small record per
 * part, `{total}`, `{row}`, `{far}` or `{write}`: one record holding all of it would reach the
 * driver in many chunks, which it decodes about twice as slowly, and a write shared by a hundred
 * relationships travels once.
 * Kind and types come only from the domain's lists, so the text is one of a closed set, kept once made.
 */
export function nodesWithRelated(fields: readonly { types: readonly RelationshipType[]; direction: RelationshipDirection }[], onlyKind: NodeKind | null): string {
  const patterns = fields.map((field) => DIRECTED_PATTERN[field.direction]([...field.types].sort().join('|')));
  const cacheKey = `${onlyKind ?? '*'}:${patterns.join(',')}`;
  const known = nodesWithRelatedCache.get(cacheKey);
  if (known) return known;
  const pages = patterns.map(
    (pattern, f) => `
  CALL (n) {
    MATCH ${pattern}
    WHERE ${VISIBLE_TO_SCOPE}
    WITH r, startNode(r) AS a, endNode(r) AS b
    WITH r, a, b, [a.id, type(r), b.id, r.key] AS sortKey
    ORDER BY sortKey[0], sortKey[1], sortKey[2], sortKey[3]
    LIMIT $limit${f}
    RETURN collect({type: type(r), from: a.id, to: b.id, properties: properties(r)}) AS page${f},
      collect(CASE WHEN a = n THEN b ELSE a END) AS ends${f}, collect(r.writeId) AS writes${f}
  }`,
  );
  const list = (items: string[]) => `[${items.join(', ')}]`;
  const joined = (name: string) => (patterns.length ? patterns.map((_, f) => `${name}${f}`).join(' + ') : '[]');
  const count = onlyKind ? `MATCH (counted:${onlyKind}) RETURN count(counted) AS total` : `MATCH (n:Node) WHERE ${NODE_CONDITIONS} RETURN count(n) AS total`;
  const query = `
  MATCH (n:Node) USING INDEX n:Node(id)
  WHERE n.id > $after AND ${NODE_CONDITIONS}
  WITH n ORDER BY n.id LIMIT $limit${pages.join('')}
  WITH n, ${list(patterns.map((_, f) => `page${f}`))} AS pages,
    ${list(patterns.map((pattern) => `COUNT { MATCH ${pattern} WHERE ${VISIBLE_TO_SCOPE} }`))} AS totals,
    ${joined('ends')} AS ends, ${joined('writes')} AS writes
  ORDER BY n.id
  WITH collect({id: n.id, rev: n.rev, pages: pages, totals: totals}) AS rows, collect(ends) AS endLists, collect(writes) AS writeLists
  CALL (endLists) {
    UNWIND endLists AS ends
    UNWIND ends AS far
    WITH DISTINCT far
    RETURN collect([far.id, far.rev]) AS farEnds
  }
  CALL (writeLists) {
    UNWIND writeLists AS writeIds
    UNWIND writeIds AS writeId
    WITH DISTINCT writeId
    MATCH (w:KoppelWrite {writeId: writeId})
    RETURN collect(properties(w)) AS writes
  }
  CALL () { ${count} }
  UNWIND [{total: total}] + [row IN rows | {row: row}] + [far IN farEnds | {far: far}] + [write IN writes | {write: write}] AS part
  RETURN part`;
  nodesWithRelatedCache.set(cacheKey, query);
  return query;
}

/** The relationship of one type with these ends and key ('' for none). */
export const GET_RELATIONSHIP: Record<RelationshipType, string> = Object.fromEntries(
  RELATIONSHIP_TYPES.map((type) => [
    type,
    `
  MATCH (a:Node {id: $from})-[r:${type} {key: $key}]->(b:Node {id: $to})
  RETURN ${RELATIONSHIP_FIELDS}`,
  ]),
) as Record<RelationshipType, string>;

/**
 * The version of the ecosystem graph: a random token on one `(:KoppelGraphVersion)` node that
 * every write of nodes or relationships changes, as its transaction's last statement (so the
 * version lock is held only while committing, and a cycle of lock waits cannot form through it).
 * Readers that keep what they read (the match context) know from it, in one index seek, whether
 * the graph changed since, whichever process wrote. Introductions and suggestion impressions are
 * not part of that graph and leave it alone.
 */
export const BUMP_GRAPH_VERSION = `
  MERGE (v:KoppelGraphVersion {name: 'koppel'})
  SET v.version = randomUUID()`;

export const DELETE_RELATIONSHIP: Record<RelationshipType, string> = Object.fromEntries(
  RELATIONSHIP_TYPES.map((type) => [
    type,
    `
  MATCH (:Node {id: $from})-[r:${type} {key: $key}]->(:Node {id: $to})
  DELETE r
  WITH count(*) AS deleted
  CALL (deleted) {
    WITH deleted WHERE deleted > 0
    ${BUMP_GRAPH_VERSION}
  }
  RETURN deleted`,
  ]),
) as Record<RelationshipType, string>;

/** One hop of a walk: every relationship of the given types touching one of the ids. */
export const RELATIONSHIPS_TOUCHING = `
  UNWIND $ids AS id
  MATCH (n:Node {id: id})-[r:${GRAPH_TYPES}]-(m:Node)
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($visibilities IS NULL OR r.visibility IN $visibilities OR n.id IN $touching OR m.id IN $touching)
  WITH DISTINCT r
  MATCH (a:Node)-[r]->(b:Node)
  RETURN ${RELATIONSHIP_FIELDS}`;

// ---------------------------------------------------------------------------------------------
// Walks between two nodes (walksBetween): lean rows, the element id and the two ends; only the
// relationships kept are read in full.

const IN_SCOPE = (r: string) =>
  `($types IS NULL OR type(${r}) IN $types) AND ($visibilities IS NULL OR ${r}.visibility IN $visibilities)`;
const DEGREE = (n: string) => `COUNT { (${n})-[d:${GRAPH_TYPES}]-() WHERE ${IN_SCOPE('d')} }`;
/** An end, or no hub: a node the walk may go on from. */
const PASSES = (n: string) => `(${n}.id IN $ends OR ${DEGREE(n)} <= $maxDegree)`;
const LEAN = (r: string) => `{id: elementId(${r}), from: startNode(${r}).id, to: endNode(${r}).id}`;

/** One level of a side: the relationships of the ids that may be walked on from. */
export const WALK_EXPAND = `
  UNWIND $ids AS id
  MATCH (n:Node {id: id})
  WHERE ${PASSES('n')}
  RETURN collect(id) AS expanded,
         COLLECT { UNWIND $ids AS id2 MATCH (x:Node {id: id2}) WHERE ${PASSES('x')}
                   MATCH (x)-[r:${GRAPH_TYPES}]-() WHERE ${IN_SCOPE('r')} RETURN DISTINCT ${LEAN('r')} } AS relationships`;

/**
 * Where the sides meet: the far frontier's neighbours are gathered once, and the near frontier's
 * relationships kept only when they lead to one of them (or straight to the far frontier); of
 * those middle nodes, the ones that are no hub pass, and the far side's relationships to them are
 * read. The members of a network are looked at here, never sent.
 */
export const WALK_MEET = `
  CALL () {
    UNWIND $near AS id MATCH (x:Node {id: id}) WHERE ${PASSES('x')}
    RETURN collect(x) AS nearNodes
  }
  CALL () {
    UNWIND $far AS id MATCH (y:Node {id: id}) WHERE ${PASSES('y')}
    RETURN collect(y) AS farNodes
  }
  CALL (farNodes) {
    UNWIND farNodes AS y
    MATCH (y)-[r:${GRAPH_TYPES}]-(m:Node) WHERE ${IN_SCOPE('r')}
    RETURN collect(DISTINCT m) AS farReach
  }
  CALL (nearNodes, farNodes, farReach) {
    UNWIND nearNodes AS x
    MATCH (x)-[r:${GRAPH_TYPES}]-(m:Node) WHERE ${IN_SCOPE('r')} AND (m IN farNodes OR m IN farReach)
    RETURN collect(DISTINCT m) AS touched, collect(r) AS nearRels
  }
  WITH nearNodes, farNodes, nearRels, [m IN touched WHERE m IN farReach AND ${PASSES('m')}] AS meeting
  CALL (farNodes, meeting) {
    UNWIND farNodes AS y
    MATCH (y)-[r:${GRAPH_TYPES}]-(m:Node) WHERE ${IN_SCOPE('r')} AND m IN meeting
    RETURN collect(r) AS farRels
  }
  RETURN [n IN nearNodes + farNodes + meeting | n.id] AS passable,
         [r IN nearRels + farRels | ${LEAN('r')}] AS relationships`;

/** The relationships a walk kept, in full, by element id; their ends are checked again. */
export const RELATIONSHIPS_BY_ELEMENT_ID = `
  UNWIND $edges AS edge
  MATCH (a:Node)-[r]->(b:Node)
  WHERE elementId(r) = edge.id AND a.id = edge.from AND b.id = edge.to
  RETURN ${RELATIONSHIP_FIELDS}`;

/**
 * Neo4j's own bidirectional breadth-first shortest path. The upper bound must be a literal;
 * it is the port's MAX_PATH_HOPS, and the caller's smaller limit is checked on the result.
 * The type predicate holds for every relationship, so the fast algorithm applies.
 */
const shortestPath = (visible: string) => `
  MATCH (a:Node {id: $from}), (b:Node {id: $to})
  MATCH p = shortestPath((a)-[:${GRAPH_TYPES}*..${MAX_PATH_HOPS}]-(b))
  WHERE all(r IN relationships(p) WHERE ($types IS NULL OR type(r) IN $types) AND (${visible}))
  RETURN [n IN nodes(p) | n.id] AS nodeIds,
         [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id,
                                   properties: properties(r), write: ${WRITE_OF('r')}}] AS relationships`;

export const SHORTEST_PATH = shortestPath('$visibilities IS NULL OR r.visibility IN $visibilities');

/**
 * The same, for a viewer who also sees its own ties of any visibility. A separate statement: a
 * predicate on the ends of a relationship may keep Neo4j from its fast algorithm, which the
 * common case should not pay for.
 */
export const SHORTEST_PATH_TOUCHING = shortestPath(
  '$visibilities IS NULL OR r.visibility IN $visibilities OR startNode(r).id IN $touching OR endNode(r).id IN $touching',
);

/**
 * A node goes with every relationship it has, the introductions it requested or received, and
 * its suggestion impressions; an introduction it was only asked to make stays, without
 * introducer, at the next version. The graph version changes with it (BUMP_GRAPH_VERSION).
 */
export const DELETE_NODE = `
  MATCH (n:Node {id: $id})
  CALL (n) {
    MATCH (n)-[:REQUESTED_INTRODUCTION|INTRODUCTION_TO]-(i:Introduction)
    DETACH DELETE i
  }
  CALL (n) {
    MATCH (i:Introduction)-[:INTRODUCED_BY]->(n)
    SET i.version = i.version + 1
    REMOVE i.introducerId
  }
  DETACH DELETE n
  WITH count(*) AS deleted
  CALL (deleted) {
    WITH deleted WHERE deleted > 0
    ${BUMP_GRAPH_VERSION}
  }
  RETURN deleted`;

export const COUNT_BY_KIND = `
  MATCH (n:Node)
  RETURN n.kind AS kind, count(n) AS n`;

export const SCHEMA_VERSION = `
  OPTIONAL MATCH (s:KoppelSchema {name: 'koppel'})
  RETURN s.version AS version`;

export const SET_SCHEMA_VERSION = `
  MERGE (s:KoppelSchema {name: 'koppel'})
  SET s.version = $version, s.migratedAt = datetime()`;

// ---------------------------------------------------------------------------------------------
// Match context: two statements, one read transaction, whatever the number of candidates.

const TRUST = TRUST_RELATIONSHIP_TYPES.join('|');

/**
 * How a match-context statement restricts relationships to the caller's visibilities. When all
 * are asked, a degree needs no property read at all: Neo4j counts it from the node's
 * relationship groups.
 */
export type VisibilityScope = 'all' | 'some';

const VISIBLE = (scope: VisibilityScope, r: string) => (scope === 'all' ? 'true' : `${r}.visibility IN $visibilities`);

const TRUST_DEGREE = (scope: VisibilityScope, n: string) =>
  scope === 'all' ? `COUNT { (${n})-[:${TRUST}]-() }` : `COUNT { (${n})-[x:${TRUST}]-() WHERE x.visibility IN $visibilities }`;

/** A trust tie as the mapper reads it (recordToTrustTie). */
const TIE = (r: string) =>
  `{type: type(${r}), from: startNode(${r}).id, to: endNode(${r}).id, key: ${r}.key, strength: ${r}.strength,
    lastActiveAt: ${r}.lastActiveAt, confidence: ${r}.confidence, year: ${r}.year}`;

/**
 * The graph version, the subject, the subject's introductions and impressions, and the summaries
 * candidate selection needs of every matchable node of the kinds to scan: $missingKinds when the
 * version is still $knownVersion (the adapter keeps the others from before), every kind asked
 * when it changed. The version is read first, so what is scanned is at least as new as it.
 * Lists rather than maps: the driver decodes every map key of every row.
 */
export const MATCH_CONTEXT_CANDIDATES = `
  OPTIONAL MATCH (v:KoppelGraphVersion {name: 'koppel'})
  WITH v.version AS version
  MATCH (s:Node {id: $subjectId})
  CALL (version) {
    WITH CASE WHEN version IS NOT NULL AND version = $knownVersion THEN $missingKinds ELSE $kinds END AS scanned
    UNWIND scanned AS kind
    MATCH (c:Node {kind: kind})
    WHERE coalesce(c.visibleForMatchmaking, true) = true
    RETURN collect([c.id, c.kind, c.themes, c.province, c.regions, c.stage, c.enterpriseKind]) AS summaries
  }
  RETURN version, properties(s) AS subject, summaries,
    COLLECT { MATCH (s)-[:REQUESTED_INTRODUCTION|INTRODUCTION_TO]-(i:Introduction) RETURN properties(i) } AS introductions,
    COLLECT { MATCH (s)-[w:WAS_SUGGESTED]->(t:Node)
              RETURN {targetId: t.id, timesShown: w.timesShown, lastShownAt: w.lastShownAt} } AS impressions`;

/**
 * For the candidates kept: of those the adapter has not confirmed at this version ($checkIds),
 * the ones gone and the properties of those whose rev differs from the one kept ($keptRevs, ''
 * for none); the degrees of those whose degree it does not know ($degreeIds), as [id, degree];
 * the subject's trust ties in scope, one entry per node at their other end with its degree and,
 * unless it is a hub (degree above $maxDegree), its ties in scope to the candidates; and the
 * introduction records of the candidates that have any ([target, requested, accepted, declined,
 * fruitful], through the index on targetId).
 */
export const MATCH_CONTEXT_NEIGHBOURS: Record<VisibilityScope, string> = Object.fromEntries(
  (['all', 'some'] as const).map((scope) => [
    scope,
    `
  CALL () {
    UNWIND range(0, size($checkIds) - 1) AS index
    OPTIONAL MATCH (c:Node {id: $checkIds[index]})
    RETURN collect(CASE WHEN c IS NULL THEN $checkIds[index] END) AS gone,
           collect(CASE WHEN coalesce(c.rev, '') = '' OR c.rev <> $keptRevs[index] THEN properties(c) END) AS nodes
  }
  CALL () {
    UNWIND $degreeIds AS id
    MATCH (c:Node {id: id})
    RETURN collect([id, ${TRUST_DEGREE(scope, 'c')}]) AS degrees
  }
  CALL () {
    MATCH (s:Node {id: $subjectId})-[r:${TRUST}]-(w:Node)
    WHERE ${VISIBLE(scope, 'r')}
    WITH w, collect(${TIE('r')}) AS ties
    WITH w, ties, ${TRUST_DEGREE(scope, 'w')} AS degree
    CALL (w, degree) {
      WITH w, degree WHERE degree <= $maxDegree
      MATCH (w)-[r2:${TRUST}]-(c:Node)
      WHERE ${VISIBLE(scope, 'r2')} AND c.id IN $candidateIds
      RETURN collect(${TIE('r2')}) AS toCandidates
    }
    RETURN collect({id: w.id, kind: w.kind, name: w.name, degree: degree, ties: ties, toCandidates: toCandidates}) AS neighbours
  }
  CALL () {
    MATCH (i:Introduction) WHERE i.targetId IN $candidateIds
    WITH i.targetId AS target, count(i) AS requested,
         count(CASE WHEN i.status = 'INTRODUCED' THEN 1 END) AS accepted,
         count(CASE WHEN i.status = 'DECLINED' THEN 1 END) AS declined,
         count(CASE WHEN i.outcomeKind IN $fruitful THEN 1 END) AS fruitful
    RETURN collect([target, requested, accepted, declined, fruitful]) AS records
  }
  RETURN gone, nodes, degrees, neighbours, records`,
  ]),
) as Record<VisibilityScope, string>;

// ---------------------------------------------------------------------------------------------
// Introductions: (requester)-[:REQUESTED_INTRODUCTION]->(:Introduction)-[:INTRODUCTION_TO]->(target),
// and -[:INTRODUCED_BY]->(introducer) when there is one. The parties' ids are also kept on the
// introduction, so reading one needs no traversal; they never change after it is created.

export const INTRODUCTION_EXISTS = `
  OPTIONAL MATCH (i:Introduction {id: $id})
  RETURN i IS NOT NULL AS exists`;

export const CREATE_INTRODUCTION = `
  MATCH (r:Node {id: $requesterId}), (t:Node {id: $targetId})
  CREATE (r)-[:REQUESTED_INTRODUCTION]->(i:Introduction $properties)-[:INTRODUCTION_TO]->(t)
  WITH i
  OPTIONAL MATCH (x:Node {id: $introducerId})
  FOREACH (introducer IN CASE WHEN x IS NULL THEN [] ELSE [x] END | CREATE (i)-[:INTRODUCED_BY]->(introducer))
  RETURN count(i) AS created, count(x) AS introducers`;

export const GET_INTRODUCTION = `
  MATCH (i:Introduction {id: $id})
  RETURN properties(i) AS introduction`;

/**
 * Reads an introduction after taking its write lock (setting a property takes it), so a
 * concurrent save waits and then reads what the other committed: no lost update.
 */
export const LOCK_INTRODUCTION = `
  MATCH (i:Introduction {id: $id})
  SET i.lock = true
  RETURN properties(i) AS introduction`;

/** Replaces every property (the lock included); the relationships to the parties stay. */
export const SAVE_INTRODUCTION = `
  MATCH (i:Introduction {id: $id})
  SET i = $properties
  RETURN count(i) AS saved`;

/**
 * The version of all introductions, as BUMP_GRAPH_VERSION is of the graph: every introduction
 * write changes it as its transaction's last statement, so a keeper of suggestions (which count
 * every target's record of introductions) knows, in one index seek, that any of them changed.
 */
export const BUMP_INTRODUCTIONS_VERSION = `
  MERGE (v:KoppelIntroductionsVersion {name: 'koppel'})
  SET v.version = randomUUID()`;

/**
 * What a suggestion for $subjectId rests on, in three index seeks and the subject's impressions:
 * the graph version, the introductions version, and the count, total showings and latest time of
 * the subject's impressions (each recording adds at least one showing).
 */
export const MATCHING_STATE = `
  OPTIONAL MATCH (g:KoppelGraphVersion {name: 'koppel'})
  OPTIONAL MATCH (v:KoppelIntroductionsVersion {name: 'koppel'})
  OPTIONAL MATCH (s:Node {id: $subjectId})
  CALL (s) {
    OPTIONAL MATCH (s)-[w:WAS_SUGGESTED]->()
    RETURN toString(count(w)) + '.' + toString(coalesce(sum(w.timesShown), 0)) + '.' + coalesce(max(w.lastShownAt), '') AS impressions
  }
  RETURN g.version AS graph, v.version AS introductions, impressions`;

/** Where a listing of introductions starts: at a node's own, or at all of them. */
export type IntroductionAnchor = 'requester' | 'target' | 'involving' | 'all';

const INTRODUCTION_ANCHORS: Record<IntroductionAnchor, string> = {
  requester: 'MATCH (:Node {id: $requesterId})-[:REQUESTED_INTRODUCTION]->(i:Introduction)',
  target: 'MATCH (:Node {id: $targetId})<-[:INTRODUCTION_TO]-(i:Introduction)',
  involving: 'MATCH (:Node {id: $involving})-[:REQUESTED_INTRODUCTION|INTRODUCTION_TO]-(i:Introduction)',
  all: 'MATCH (i:Introduction)',
};

const INTRODUCTION_FILTER = `
  WHERE ($requesterId IS NULL OR i.requesterId = $requesterId)
    AND ($actedInBy IS NULL OR i.requesterId = $actedInBy OR i.targetId = $actedInBy OR i.introducerId = $actedInBy
         OR i.stepsJson CONTAINS $actedInByStep)
    AND ($targetId IS NULL OR i.targetId = $targetId)
    AND ($involving IS NULL OR i.requesterId = $involving OR i.targetId = $involving)
    AND ($statuses IS NULL OR i.status IN $statuses)`;

export const FIND_INTRODUCTIONS: Record<IntroductionAnchor, string> = Object.fromEntries(
  Object.entries(INTRODUCTION_ANCHORS).map(([anchor, match]) => [
    anchor,
    `
  ${match} ${INTRODUCTION_FILTER}
    AND ($after IS NULL OR i.requestedAt > $after[0] OR (i.requestedAt = $after[0] AND i.id > $after[1]))
  RETURN properties(i) AS introduction
  ORDER BY i.requestedAt, i.id
  LIMIT $limit`,
  ]),
) as Record<IntroductionAnchor, string>;

export const COUNT_INTRODUCTIONS: Record<IntroductionAnchor, string> = Object.fromEntries(
  Object.entries(INTRODUCTION_ANCHORS).map(([anchor, match]) => [
    anchor,
    `
  ${match} ${INTRODUCTION_FILTER}
  RETURN count(i) AS total`,
  ]),
) as Record<IntroductionAnchor, string>;

/**
 * One more showing per target, the later time kept. The increment reads the property it sets,
 * so Cypher takes the write lock before reading: concurrent recordings add up.
 */
export const RECORD_IMPRESSIONS = `
  MATCH (s:Node {id: $subjectId})
  UNWIND $targetIds AS targetId
  MATCH (t:Node {id: targetId})
  MERGE (s)-[w:WAS_SUGGESTED]->(t)
  ON CREATE SET w.timesShown = 1, w.lastShownAt = $at
  ON MATCH SET w.timesShown = w.timesShown + 1,
               w.lastShownAt = CASE WHEN w.lastShownAt < $at THEN $at ELSE w.lastShownAt END
  RETURN count(w) AS recorded`;

// ---------------------------------------------------------------------------------------------
// Erasure and the audit trail. Steps are kept as JSON text (stepsJson); the steps a person took
// are found by the exact text `"actorId":"<id>"` (ids cannot hold a quote).

/** The kind of a node and what forgetting it removes with it, counted before it goes. */
export const ERASURE_SUBJECT = `
  MATCH (n:Node {id: $id})
  RETURN n.kind AS kind, n {.name, .email, .phone} AS person,
         COUNT { (n)-[:${GRAPH_TYPES}]-() } AS relationships,
         COUNT { (n)-[:REQUESTED_INTRODUCTION|INTRODUCTION_TO]-(:Introduction) } AS introductions,
         COLLECT { MATCH (i:Introduction)-[:INTRODUCED_BY]->(n) WHERE i.requesterId <> $id AND i.targetId <> $id RETURN i.id } AS introducedBy`;

/** Introductions in which the (already deleted) person still took a step. */
export const INTRODUCTIONS_WITH_ACTOR = `
  MATCH (i:Introduction) WHERE i.stepsJson CONTAINS $actorStep
  SET i.lock = true
  RETURN properties(i) AS introduction`;

export const CREATE_AUDIT_ENTRY = `
  CREATE (a:AuditEntry $properties)`;

export const AUDIT_ENTRY_EXISTS = `
  OPTIONAL MATCH (a:AuditEntry {id: $id})
  RETURN a IS NOT NULL AS exists`;

const AUDIT_FILTER = `
  MATCH (a:AuditEntry)
  WHERE ($subject IS NULL OR a.subject = $subject)
    AND ($actorAccountId IS NULL OR a.actorAccountId = $actorAccountId)`;

export const FIND_AUDIT_ENTRIES = `
  ${AUDIT_FILTER}
    AND ($after IS NULL OR a.at > $after[0] OR (a.at = $after[0] AND a.id > $after[1]))
  RETURN properties(a) AS entry
  ORDER BY a.at, a.id
  LIMIT $limit`;

export const COUNT_AUDIT_ENTRIES = `
  ${AUDIT_FILTER}
  RETURN count(a) AS total`;

/** The accounts of a forgotten person. */
export const DELETE_ACCOUNTS_OF_PERSON = `
  OPTIONAL MATCH (a:Account {personId: $personId})
  DETACH DELETE a
  RETURN count(a) AS removed`;

// ---------------------------------------------------------------------------------------------
// The trust graph kept in memory per graph version (Neo4jTrustSnapshots).

/**
 * At every warm path: the graph version (one index seek) and which of `$ids` are nodes. Equal to
 * the version of what is kept, the kept trust graph is current.
 */
export const GRAPH_VERSION_AND_NODES = `
  OPTIONAL MATCH (v:KoppelGraphVersion {name: 'koppel'})
  RETURN v.version AS version, [id IN $ids WHERE EXISTS { MATCH (:Node {id: id}) }] AS found`;

/** The graph version alone, read first in the transaction that reads the trust graph. */
export const GRAPH_VERSION = `
  OPTIONAL MATCH (v:KoppelGraphVersion {name: 'koppel'})
  RETURN v.version AS version`;

/**
 * Every trust relationship, lean: ends, type, key, visibility and the tie facts. Numbers as
 * floats: an integer property (a strength of 1) comes back as a plain number.
 */
export const EVERY_TRUST_RELATIONSHIP = `
  MATCH (a:Node)-[r:${TRUST_RELATIONSHIP_TYPES.join('|')}]->(b:Node)
  RETURN a.id, b.id, type(r), r.key, r.visibility, toFloat(r.strength), r.lastActiveAt, toFloat(r.confidence), toFloat(r.year)`;

/**
 * Relationships by identity (type, from, to, key), in the order asked: both ends by the id index
 * and the relationship found between them (Expand(Into)). The hints keep that plan whatever the
 * statistics were when it was made: on a small graph the planner would rather expand every
 * relationship of the start and filter the ends, which on a hub is hundreds.
 */
const IDENTIFIED_RELATIONSHIPS = `
  UNWIND range(0, size($identities) - 1) AS position
  WITH position, $identities[position] AS identity
  MATCH (a:Node {id: identity.from})-[r {key: identity.key}]->(b:Node {id: identity.to})
  USING INDEX a:Node(id) USING INDEX b:Node(id)
  WHERE type(r) = identity.type
  WITH position, a, r, b ORDER BY position`;

/** Relationships by identity (type, from, to, key), in the order asked; the missing ones left out. */
export const RELATIONSHIPS_BY_IDENTITY = `${IDENTIFIED_RELATIONSHIPS}
  RETURN ${RELATIONSHIP_FIELDS}`;

/**
 * A warm path's last read, in one statement: the graph version (was the trust graph its paths
 * were chosen from current?), which of the $ends exist, and the chosen relationships (as
 * RELATIONSHIPS_BY_IDENTITY) and nodes (as GET_NODES) in full.
 */
export const GRAPH_VERSION_AND_DETAILS = `
  OPTIONAL MATCH (v:KoppelGraphVersion {name: 'koppel'})
  RETURN v.version AS version,
    [id IN $ends WHERE EXISTS { MATCH (:Node {id: id}) }] AS found,
    COLLECT {${IDENTIFIED_RELATIONSHIPS}
      RETURN {type: type(r), from: a.id, to: b.id, properties: properties(r), write: ${WRITE_OF('r')}}
    } AS relationships,
    COLLECT {
      UNWIND $nodeIds AS id
      MATCH (n:Node {id: id})
      RETURN {node: properties(n), write: ${WRITE_OF('n')}}
    } AS nodes`;

// ---------------------------------------------------------------------------------------------
// Mentions of a forgotten person in the texts others wrote (see neo4j-mention-redaction.ts)

/**
 * Properties that never hold text someone wrote (ids, names, codes, dates), left out of the
 * search to send less: the relationships alone are most of the graph, and every one has a
 * visibility. Any other text property is searched, so a new free-text field is covered unasked.
 */
export const NEVER_WRITTEN_TEXT = [
  ...['id', 'name', 'kind', 'nameKey', 'writeId', 'rev', 'municipality', 'province', 'website', 'date', 'email', 'phone'],
  ...['stage', 'enterpriseKind', 'themes', 'offers', 'labels', 'needDomains', 'instruments', 'stages', 'regions'],
  ...['purchaserType', 'procurementInstruments'],
  ...['key', 'visibility', 'instrument', 'lastActiveAt'],
  ...['status', 'requesterId', 'targetId', 'introducerId', 'requestedAt', 'outcomeKind'],
  ...['at', 'action', 'actorAccountId', 'subject', 'origin', 'addedAt'],
];

const textsOf = (pattern: string, entity: string) => `
  MATCH ${pattern}
  WITH ${entity}, [key IN keys(${entity})
      WHERE (${entity}[key] IS :: STRING OR ${entity}[key] IS :: LIST<STRING NOT NULL>) AND NOT key IN $neverWritten
      | [key, ${entity}[key]]] AS texts
  WHERE size(texts) > 0
  RETURN elementId(${entity}) AS element, texts`;

/** The text properties of every record of one sort, by element id, and how to write new ones. */
export const MENTION_SITES = {
  nodes: {
    read: textsOf('(n:Node)', 'n'),
    // A new rev: readers that keep parsed nodes by rev read this one again.
    write: `UNWIND $changes AS change MATCH (n:Node) WHERE elementId(n) = change.element SET n += change.texts, n.rev = randomUUID()`,
  },
  relationships: {
    read: textsOf('(:Node)-[r]->(:Node)', 'r'),
    write: `UNWIND $changes AS change MATCH ()-[r]->() WHERE elementId(r) = change.element SET r += change.texts`,
  },
  introductions: {
    read: textsOf('(i:Introduction)', 'i'),
    write: `UNWIND $changes AS change MATCH (i:Introduction) WHERE elementId(i) = change.element SET i += change.texts, i.version = i.version + 1`,
  },
  // Provenance: `addedBy` is whatever a command-line import was told (`--as "Anna (Impact Noord)"`).
  writes: {
    read: textsOf('(w:KoppelWrite)', 'w'),
    // The nodes of the write get a new rev too: a reader keeps a node with its provenance by rev.
    write: `UNWIND $changes AS change MATCH (w:KoppelWrite) WHERE elementId(w) = change.element SET w += change.texts
      WITH w CALL (w) { MATCH (n:Node {writeId: w.writeId}) SET n.rev = randomUUID() }`,
  },
  auditEntries: {
    read: textsOf('(a:AuditEntry)', 'a'),
    write: `UNWIND $changes AS change MATCH (a:AuditEntry) WHERE elementId(a) = change.element SET a += change.texts`,
  },
} as const;
