import type {
  EcosystemDomain,
  EnterpriseKind,
  FinanceInstrument,
  Label,
  NodeKind,
  ProcurementInstrument,
  Province,
  PurchaserType,
  RelationshipType,
  Stage,
  Theme,
} from '@koppel/domain';

/**
 * The shapes the web app reads from the GraphQL API (see queries.ts). GraphQL sends `null` for
 * an optional field that has no value, so optional fields are `T | null` here.
 */

/** What the graph view needs of every node: enough to draw, colour and name it. */
export interface GraphNode {
  id: string;
  kind: NodeKind;
  name: string;
  municipality: string | null;
  province: Province | null;
  illustrative: boolean;
}

export interface GraphRelationship {
  id: string;
  type: RelationshipType;
  from: string;
  to: string;
  amountEur: number | null;
  year: number | null;
  role: string | null;
}

export interface LoadedGraph {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
}

/** A Relay connection page as the API returns it. */
export interface ConnectionPage<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: T }[];
}

interface StakeholderBase {
  id: string;
  kind: NodeKind;
  name: string;
  description: string | null;
  municipality: string | null;
  province: Province | null;
  themes: Theme[];
  offers: EcosystemDomain[];
  website: string | null;
  visibleForMatchmaking: boolean;
  source: string | null;
  illustrative: boolean;
}

export interface Need {
  domain: EcosystemDomain;
  description: string;
  amountEur: number | null;
  instrument: FinanceInstrument | null;
  category: string | null;
}

export interface EntrepreneurDetail extends StakeholderBase {
  __typename: 'Entrepreneur';
  enterpriseKind: EnterpriseKind;
  stage: Stage;
  sdgs: number[];
  products: string[];
  labels: Label[];
  /** Null when the server hides them from this viewer (not shared with other entrepreneurs). */
  needs: Need[] | null;
  foundedYear: number | null;
}

export interface FundDetail extends StakeholderBase {
  __typename: 'Fund';
  instruments: FinanceInstrument[];
  ticketMinEur: number | null;
  ticketMaxEur: number | null;
  stages: Stage[];
  socialOnly: boolean;
  openForApplications: boolean;
  regions: Province[];
}

export interface PurchaserDetail extends StakeholderBase {
  __typename: 'Purchaser';
  purchaserType: PurchaserType;
  categories: string[];
  procurementInstruments: ProcurementInstrument[];
  openQuestions: string[];
}

export interface MunicipalityPolicy {
  actionProgramme: boolean;
  desk: boolean;
  socialProcurementPolicy: boolean;
  reservedContracts: boolean;
  challenges: boolean;
}

export interface MunicipalityDetail extends StakeholderBase {
  __typename: 'Municipality';
  policy: MunicipalityPolicy;
}

export interface RegionalOrganisationDetail extends StakeholderBase {
  __typename: 'Network' | 'KnowledgeInstitution' | 'SupportProgramme';
  regions: Province[];
}

export interface ProvinceDetail extends StakeholderBase {
  __typename: 'Province';
}

/** A contact person: name and role only. Personal contact data is not in the API. */
export interface PersonDetail extends StakeholderBase {
  __typename: 'Person';
  role: string | null;
}

export interface EventDetail extends StakeholderBase {
  __typename: 'Event';
  date: string;
}

/** Everything the detail panel shows of one node, by its GraphQL type. */
export type StakeholderDetail =
  | EntrepreneurDetail
  | FundDetail
  | PurchaserDetail
  | MunicipalityDetail
  | RegionalOrganisationDetail
  | ProvinceDetail
  | PersonDetail
  | EventDetail;
