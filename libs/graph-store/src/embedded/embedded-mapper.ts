import type { StakeholderNode, ValidRelationship } from '@koppel/domain';

/** Rows as SQLite keeps them: indexed columns beside the whole record as JSON. */
export interface NodeRow {
  id: string;
  kind: string;
  name_lower: string;
  municipality: string | null;
  province: string | null;
  data: string;
}

export interface RelationshipRow {
  id: string;
  type: string;
  from_id: string;
  to_id: string;
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
  if (node.kind === 'Entrepreneur') {
    tags.push(...new Set(node.needs.map((need) => `needs:${need.domain}`)));
  }
  return [...new Set(tags)];
}

export function rowToNode(row: Pick<NodeRow, 'data'>): StakeholderNode {
  return JSON.parse(row.data) as StakeholderNode;
}

export function relationshipToRow(rel: ValidRelationship): RelationshipRow {
  return { id: rel.id, type: rel.type, from_id: rel.from, to_id: rel.to, data: JSON.stringify(rel) };
}

export function rowToRelationship(row: Pick<RelationshipRow, 'data'>): ValidRelationship {
  return JSON.parse(row.data) as ValidRelationship;
}
