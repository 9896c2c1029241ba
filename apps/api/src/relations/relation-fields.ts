import type { NodeKind, RelationshipType } from '@koppel/domain';
import type { RelationshipDirection } from '@koppel/graph-store';

/**
 * A relationship of the graph as a field of a node type: which types it follows, which way
 * (OUT: the node is the relationship's `from`), and what it means, for the schema.
 */
export interface RelationField {
  readonly name: string;
  readonly types: readonly RelationshipType[];
  readonly direction: RelationshipDirection;
  readonly description: string;
}

const field = (name: string, types: RelationshipType[], direction: RelationshipDirection, description: string): RelationField => ({
  name,
  types,
  direction,
  description,
});

// Fields shared by several kinds, named from the node's side (see RELATIONSHIP_RULES in libs/domain).
const knows = field('knows', ['KNOWS'], 'BOTH', 'People and organisations it knows, or that know it (KNOWS, either direction), with tie strength.');
const networks = field('networks', ['MEMBER_OF'], 'OUT', 'Networks it is a member of (MEMBER_OF), with the year it joined.');
const attended = field('attended', ['ATTENDED'], 'OUT', 'Events it attended (ATTENDED).');
const partners = field('partners', ['PARTNERS_WITH'], 'BOTH', 'Organisations it partners with (PARTNERS_WITH, either direction).');
const people = field('people', ['WORKS_FOR'], 'IN', 'People who work for it (WORKS_FOR), with their role.');
const organised = field('organised', ['ORGANISED'], 'OUT', 'Events it organised (ORGANISED).');
const locatedIn = field('locatedIn', ['LOCATED_IN'], 'OUT', 'The municipality it is located in (LOCATED_IN).');
const fundings = field('fundings', ['FUNDED'], 'IN', 'Fundings it received (FUNDED: funder -> this), with amount, year and instrument.');
const funded = field('funded', ['FUNDED'], 'OUT', 'What it funded (FUNDED: this -> recipient), with amount, year and instrument.');
const suppliers = field('suppliers', ['BOUGHT_FROM'], 'OUT', 'Entrepreneurs it bought from (BOUGHT_FROM), with amount, year and category.');
const purchases = field('purchases', ['BOUGHT_FROM'], 'IN', 'Who bought from it (BOUGHT_FROM: buyer -> this), with amount, year and category.');
const supportedBy = field('supportedBy', ['SUPPORTED_BY'], 'OUT', 'Programmes, institutions, networks and governments that support it (SUPPORTED_BY).');
const supports = field('supports', ['SUPPORTED_BY'], 'IN', 'Entrepreneurs it supports (SUPPORTED_BY: entrepreneur -> this).');
const purchasers = field('purchasers', ['PURCHASES_FOR'], 'IN', 'Purchasers that buy on its behalf (PURCHASES_FOR).');
const members = field('members', ['MEMBER_OF'], 'IN', 'Its members: people and organisations (MEMBER_OF), with the year they joined.');

const organisation = [knows, networks, attended, partners, people, organised];

/** The relationship fields of each node type. */
export const RELATION_FIELDS: Record<NodeKind, readonly RelationField[]> = {
  Entrepreneur: [...organisation, locatedIn, fundings, purchases, suppliers, supportedBy],
  Network: [...organisation, locatedIn, members, fundings, supports, purchasers],
  Fund: [...organisation, locatedIn, funded],
  Purchaser: [
    ...organisation,
    locatedIn,
    suppliers,
    field('purchasesFor', ['PURCHASES_FOR'], 'OUT', 'The organisations it buys on behalf of (PURCHASES_FOR).'),
  ],
  Municipality: [
    ...organisation,
    field('partOf', ['PART_OF'], 'OUT', 'The province it is part of (PART_OF).'),
    field('locatedHere', ['LOCATED_IN'], 'IN', 'Organisations and events located in it (LOCATED_IN).'),
    funded,
    suppliers,
    supports,
    purchasers,
  ],
  Province: [
    ...organisation,
    field('municipalities', ['PART_OF'], 'IN', 'Its municipalities (PART_OF).'),
    funded,
    suppliers,
    supports,
    purchasers,
  ],
  KnowledgeInstitution: [...organisation, locatedIn, suppliers, supports, purchasers],
  SupportProgramme: [...organisation, locatedIn, fundings, supports],
  Person: [knows, networks, attended, field('worksFor', ['WORKS_FOR'], 'OUT', 'Organisations the person works for (WORKS_FOR), with the role.')],
  Event: [
    locatedIn,
    field('organisers', ['ORGANISED'], 'IN', 'Organisations that organised it (ORGANISED).'),
    field('attendees', ['ATTENDED'], 'IN', 'People and organisations that attended it (ATTENDED).'),
  ],
};
