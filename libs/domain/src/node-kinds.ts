/** The kinds of node in the ecosystem graph. Each is also a Neo4j label. */
export const NODE_KINDS = [
  'Entrepreneur',
  'Network',
  'Fund',
  'Purchaser',
  'Municipality',
  'Province',
  'KnowledgeInstitution',
  'SupportProgramme',
  'Person',
  'Event',
] as const;

export type NodeKind = (typeof NODE_KINDS)[number];

/** Kinds that are organisations: they can offer domains, partner, be members, be known. */
export const ORGANISATION_KINDS: readonly NodeKind[] = [
  'Entrepreneur',
  'Network',
  'Fund',
  'Purchaser',
  'Municipality',
  'Province',
  'KnowledgeInstitution',
  'SupportProgramme',
];


/** Kinds in the order a data set is best written: places and providers before the actors that refer to them. */
export const KINDS_IN_WRITE_ORDER: readonly NodeKind[] = [
  'Province',
  'Municipality',
  'Network',
  'KnowledgeInstitution',
  'SupportProgramme',
  'Fund',
  'Purchaser',
  'Entrepreneur',
  'Person',
  'Event',
];
