import { Origin, Provenance, relationshipId, searchKey, StakeholderNode, ValidRelationship } from '@koppel/domain';

/** The columns of the write a row points at, joined in by every read. */
export interface WriteColumns {
  origin: string | null;
  added_by: string | null;
  added_at: string | null;
  reference: string | null;
}

function provenanceOf(row: WriteColumns): { provenance?: Provenance } {
  if (!row.origin || !row.added_by || !row.added_at) return {};
  return {
    provenance: {
      origin: row.origin as Origin,
      addedBy: row.added_by,
      addedAt: row.added_at,
      ...(row.reference ? { reference: row.reference } : {}),
    },
  };
}

/** A node row: indexed columns beside the whole record as JSON (provenance lives in `writes`). */
export interface NodeRow {
  id: string;
  kind: string;
  /** The name as it is searched (see searchKey). */
  name_key: string;
  municipality: string | null;
  province: string | null;
  data: string;
}

/** A relationship as read back, its ends already joined to their text ids. */
export interface RelationshipReadRow extends WriteColumns {
  from_id: string;
  type: string;
  to_id: string;
  key: string;
  visibility: string;
  data: string;
}

export function nodeToRow(node: StakeholderNode): NodeRow {
  const { provenance: _provenance, ...record } = node;
  return {
    id: node.id,
    kind: node.kind,
    name_key: searchKey(node.name),
    municipality: node.municipality ?? null,
    province: node.province ?? null,
    data: JSON.stringify(record),
  };
}

/** The tags a node is found by: `theme:X`, `offers:X`, `needs:X`. */
export function nodeTags(node: StakeholderNode): string[] {
  const tags = [
    ...node.themes.map((theme) => `theme:${theme}`),
    ...node.offers.map((domain) => `offers:${domain}`),
  ];
  if (node.kind === 'Entrepreneur') tags.push(...node.needs.map((need) => `needs:${need.domain}`));
  return [...new Set(tags)];
}

export function rowToNode(row: Pick<NodeRow, 'data'> & WriteColumns): StakeholderNode {
  return { ...JSON.parse(row.data), ...provenanceOf(row) } as StakeholderNode;
}

/** Only the properties are stored as JSON: identity, visibility and provenance live elsewhere. */
export function relationshipData(rel: ValidRelationship): string {
  const { id: _id, type: _type, from: _from, to: _to, key: _key, visibility: _visibility, provenance: _provenance, ...properties } =
    rel;
  return JSON.stringify(properties);
}

export function rowToRelationship(row: RelationshipReadRow): ValidRelationship {
  const identity = { type: row.type, from: row.from_id, to: row.to_id, ...(row.key ? { key: row.key } : {}) };
  return {
    ...JSON.parse(row.data),
    ...identity,
    visibility: row.visibility,
    ...provenanceOf(row),
    id: relationshipId(identity),
  } as ValidRelationship;
}
