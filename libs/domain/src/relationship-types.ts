import { NodeKind, ORGANISATION_KINDS } from './node-kinds';

/** The kinds of relationship the graph keeps, with the node kinds each may connect. */
export const RELATIONSHIP_TYPES = [
  'LOCATED_IN',
  'PART_OF',
  'MEMBER_OF',
  'WORKS_FOR',
  'KNOWS',
  'FUNDED',
  'BOUGHT_FROM',
  'SUPPORTED_BY',
  'PARTNERS_WITH',
  'PURCHASES_FOR',
  'ORGANISED',
  'ATTENDED',
] as const;

export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

export interface EndpointRule {
  readonly from: readonly NodeKind[];
  readonly to: readonly NodeKind[];
  readonly description: string;
}

const ACTORS: readonly NodeKind[] = [...ORGANISATION_KINDS, 'Person'];
const LOCATABLE: readonly NodeKind[] = ORGANISATION_KINDS.filter(
  (kind) => kind !== 'Municipality' && kind !== 'Province',
);

export const RELATIONSHIP_RULES: Record<RelationshipType, EndpointRule> = {
  LOCATED_IN: { from: [...LOCATABLE, 'Event'], to: ['Municipality'], description: 'is located in' },
  PART_OF: { from: ['Municipality'], to: ['Province'], description: 'is part of' },
  MEMBER_OF: { from: ACTORS, to: ['Network'], description: 'is a member of' },
  WORKS_FOR: { from: ['Person'], to: ORGANISATION_KINDS, description: 'works for' },
  KNOWS: { from: ACTORS, to: ACTORS, description: 'knows' },
  FUNDED: {
    from: ['Fund', 'Municipality', 'Province'],
    to: ['Entrepreneur', 'SupportProgramme', 'Network'],
    description: 'funded',
  },
  BOUGHT_FROM: {
    from: ['Purchaser', 'Entrepreneur', 'Municipality', 'Province', 'KnowledgeInstitution'],
    to: ['Entrepreneur'],
    description: 'bought from',
  },
  SUPPORTED_BY: {
    from: ['Entrepreneur'],
    to: ['SupportProgramme', 'KnowledgeInstitution', 'Network', 'Municipality', 'Province'],
    description: 'is supported by',
  },
  PARTNERS_WITH: { from: ORGANISATION_KINDS, to: ORGANISATION_KINDS, description: 'partners with' },
  PURCHASES_FOR: {
    from: ['Purchaser'],
    to: ['Municipality', 'Province', 'KnowledgeInstitution', 'Network'],
    description: 'buys on behalf of',
  },
  ORGANISED: { from: ORGANISATION_KINDS, to: ['Event'], description: 'organised' },
  ATTENDED: { from: ACTORS, to: ['Event'], description: 'attended' },
};

