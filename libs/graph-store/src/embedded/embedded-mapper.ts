import { relationshipId, StakeholderNode, ValidRelationship } from '@koppel/domain';

/** A node row: indexed columns beside the whole record as JSON. */
export interface NodeRow {
  id: string;
  kind: string;
  name_lower: string;
  municipality: string | null;
  province: string | null;
  data: string;
}

/** A relationship as read back, its ends already joined to their text ids. */
export interface RelationshipReadRow {
  from_id: string;
  type: string;
  to_id: string;
  key: string;
  visibility: string;
  data: string;
}

export function nodeToRow(node: StakeholderNode): NodeRow {
  return {
    id: node.id,
    kind: node.kind,
    name_lower: node.name.toLowerCase(),
    municipality: node.municipality ?? null,
    province: node.province ?? null,
    data: JSON.stringify(node),
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

export function rowToNode(row: Pick<NodeRow, 'data'>): StakeholderNode {
  return JSON.parse(row.data) as StakeholderNode;
}

/** Only the properties are stored as JSON: identity and visibility live in their own columns. */
export function relationshipData(rel: ValidRelationship): string {
  const { id: _id, type: _type, from: _from, to: _to, key: _key, visibility: _visibility, ...properties } = rel;
  return JSON.stringify(properties);
}

export function rowToRelationship(row: RelationshipReadRow): ValidRelationship {
  const identity = { type: row.type, from: row.from_id, to: row.to_id, ...(row.key ? { key: row.key } : {}) };
  return { ...JSON.parse(row.data), ...identity, visibility: row.visibility, id: relationshipId(identity) } as ValidRelationship;
}
