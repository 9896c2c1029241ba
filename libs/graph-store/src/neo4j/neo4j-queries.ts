import { NODE_KINDS, NodeKind, RELATIONSHIP_RULES, RELATIONSHIP_TYPES, RelationshipType } from '@koppel/domain';
import { MAX_PATH_HOPS } from '../graph-store.port';

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
 * The provenance of the first write is kept.
 */
export const UPSERT_NODES: Record<NodeKind, string> = Object.fromEntries(
  NODE_KINDS.map((kind) => [
    kind,
    `
  UNWIND $nodes AS node
  MERGE (n:Node {id: node.id})
  WITH n, node, n.writeId AS firstWrite
  SET n = node, n:${kind}
  SET n.writeId = coalesce(firstWrite, node.writeId)
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

const NODE_FILTER = `
  WHERE ($kinds IS NULL OR n.kind IN $kinds)
    AND ($nameContains IS NULL OR n.nameLower CONTAINS $nameContains)
    AND ($municipality IS NULL OR n.municipality = $municipality)
    AND ($province IS NULL OR n.province = $province)
    AND ($theme IS NULL OR $theme IN n.themes)
    AND ($offers IS NULL OR $offers IN n.offers)
    AND ($needs IS NULL OR $needs IN n.needDomains)`;

export const FIND_NODES = `
  MATCH (n:Node) ${NODE_FILTER}
    AND ($after IS NULL OR n.id > $after[0])
  RETURN properties(n) AS node, ${WRITE_OF('n')} AS write
  ORDER BY n.id
  LIMIT $limit`;

export const COUNT_NODES = `
  MATCH (n:Node) ${NODE_FILTER}
  RETURN count(n) AS total`;

const RELATIONSHIP_FILTER = `
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($visibilities IS NULL OR r.visibility IN $visibilities)
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

/** One hop of a walk: every relationship of the given types touching one of the ids. */
export const RELATIONSHIPS_TOUCHING = `
  UNWIND $ids AS id
  MATCH (n:Node {id: id})-[r:${GRAPH_TYPES}]-()
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($visibilities IS NULL OR r.visibility IN $visibilities)
  WITH DISTINCT r
  MATCH (a:Node)-[r]->(b:Node)
  RETURN ${RELATIONSHIP_FIELDS}`;

/**
 * Neo4j's own bidirectional breadth-first shortest path. The upper bound must be a literal;
 * it is the port's MAX_PATH_HOPS, and the caller's smaller limit is checked on the result.
 * The type predicate holds for every relationship, so the fast algorithm applies.
 */
export const SHORTEST_PATH = `
  MATCH (a:Node {id: $from}), (b:Node {id: $to})
  MATCH p = shortestPath((a)-[:${GRAPH_TYPES}*..${MAX_PATH_HOPS}]-(b))
  WHERE all(r IN relationships(p) WHERE ($types IS NULL OR type(r) IN $types)
                                  AND ($visibilities IS NULL OR r.visibility IN $visibilities))
  RETURN [n IN nodes(p) | n.id] AS nodeIds,
         [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id,
                                   properties: properties(r), write: ${WRITE_OF('r')}}] AS relationships`;

export const DELETE_NODE = `
  MATCH (n:Node {id: $id})
  DETACH DELETE n
  RETURN count(*) AS deleted`;

export const COUNT_BY_KIND = `
  MATCH (n:Node)
  RETURN n.kind AS kind, count(n) AS n`;

export const SCHEMA_VERSION = `
  OPTIONAL MATCH (s:KoppelSchema {name: 'koppel'})
  RETURN s.version AS version`;

export const SET_SCHEMA_VERSION = `
  MERGE (s:KoppelSchema {name: 'koppel'})
  SET s.version = $version, s.migratedAt = datetime()`;
