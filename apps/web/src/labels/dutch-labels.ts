import {
  ECOSYSTEM_DOMAIN_LABELS,
  FINANCE_INSTRUMENT_LABELS as DOMAIN_FINANCE_INSTRUMENT_LABELS,
  LABEL_LABELS as DOMAIN_LABEL_LABELS,
  MUNICIPALITIES,
  NODE_KINDS,
  PROCUREMENT_INSTRUMENT_LABELS as DOMAIN_PROCUREMENT_INSTRUMENT_LABELS,
  PROVINCE_NAMES,
  STAGE_LABELS as DOMAIN_STAGE_LABELS,
  THEME_LABELS,
  type EcosystemDomain,
  type EnterpriseKind,
  type FinanceInstrument,
  type Label,
  type NodeKind,
  type ProcurementInstrument,
  type Province,
  type PurchaserType,
  type RelationshipType,
  type Stage,
  type Theme,
} from '@koppel/domain';
import type { MunicipalityPolicy } from '../api/graph-types';
import type { ConfidenceLevel, SuggestingKind } from '../api/suggestion-types';

/**
 * The Dutch words the UI shows. Domains, themes, stages, instruments, labels, municipalities and
 * provinces come from libs/domain (one source, which the matching engine's sentences use too);
 * the words below exist only in this UI. Every map is a
 * `Record` over the domain's closed list, so a new kind or instrument fails the typecheck here
 * until it has a label.
 */

function dutch<K extends string>(labels: Record<K, { nl: string }>): Record<K, string> {
  return Object.fromEntries(Object.entries<{ nl: string }>(labels).map(([key, label]) => [key, label.nl])) as Record<K, string>;
}

export const KIND_LABELS: Record<NodeKind, string> = {
  Entrepreneur: 'Ondernemer',
  Network: 'Netwerk',
  Fund: 'Fonds',
  Purchaser: 'Inkoper',
  Municipality: 'Gemeente',
  Province: 'Provincie',
  KnowledgeInstitution: 'Kennisinstelling',
  SupportProgramme: 'Ondersteuningsprogramma',
  Person: 'Persoon',
  Event: 'Evenement',
};

/** The kinds in legend order: the domain's own order. */
export const LEGEND_KINDS: readonly NodeKind[] = NODE_KINDS;

export const ENTERPRISE_KIND_LABELS: Record<EnterpriseKind, string> = {
  SOCIAL: 'Sociaal ondernemer (impact voorop)',
  CONSTRUCTIVE: 'Constructief ondernemer (impact in het verdienmodel)',
};

export const STAGE_LABELS: Record<Stage, string> = dutch(DOMAIN_STAGE_LABELS);

export const FINANCE_INSTRUMENT_LABELS: Record<FinanceInstrument, string> = dutch(DOMAIN_FINANCE_INSTRUMENT_LABELS);

export const PROCUREMENT_INSTRUMENT_LABELS: Record<ProcurementInstrument, string> = dutch(DOMAIN_PROCUREMENT_INSTRUMENT_LABELS);

export const PURCHASER_TYPE_LABELS: Record<PurchaserType, string> = {
  MUNICIPALITY: 'Gemeente',
  PROVINCE: 'Provincie',
  HOSPITAL: 'Ziekenhuis',
  HOUSING_CORPORATION: 'Woningcorporatie',
  EDUCATION: 'Onderwijsinstelling',
  COMPANY: 'Bedrijf',
  OTHER: 'Overig',
};

export const LABEL_LABELS: Record<Label, string> = dutch(DOMAIN_LABEL_LABELS);

export const POLICY_LABELS: Record<keyof MunicipalityPolicy, string> = {
  actionProgramme: 'Actieprogramma impact-ondernemen',
  desk: 'Loket of accountmanager voor impact-ondernemers',
  socialProcurementPolicy: 'Beleid voor sociaal inkopen',
  reservedContracts: 'Voorbehouden opdrachten (art. 2.82)',
  challenges: 'Challenges voor ondernemers',
};

/** How a relationship reads from each end: `out` from its start node, `in` from its end node. */
export const RELATIONSHIP_LABELS: Record<RelationshipType, { out: string; in: string }> = {
  LOCATED_IN: { out: 'gevestigd in', in: 'thuisbasis van' },
  PART_OF: { out: 'ligt in', in: 'omvat' },
  MEMBER_OF: { out: 'lid van', in: 'heeft als lid' },
  WORKS_FOR: { out: 'werkt voor', in: 'heeft als medewerker' },
  KNOWS: { out: 'kent', in: 'kent' },
  FUNDED: { out: 'financierde', in: 'gefinancierd door' },
  BOUGHT_FROM: { out: 'kocht van', in: 'leverde aan' },
  SUPPORTED_BY: { out: 'ondersteund door', in: 'ondersteunt' },
  PARTNERS_WITH: { out: 'partner van', in: 'partner van' },
  PURCHASES_FOR: { out: 'koopt in voor', in: 'inkoop verzorgd door' },
  ORGANISED: { out: 'organiseerde', in: 'georganiseerd door' },
  ATTENDED: { out: 'was aanwezig bij', in: 'bezocht door' },
};

/** What the suggestions in a kind's detail panel are. */
export const SUGGESTION_HEADINGS: Record<SuggestingKind, string> = {
  Entrepreneur: 'Aanbevolen introducties',
  Fund: 'Passende ondernemers',
  Purchaser: 'Mogelijke leveranciers',
  Network: 'Kandidaat-leden',
};

/** How sure a suggestion is, apart from its score. */
export const CONFIDENCE_LABELS: Record<ConfidenceLevel, string> = {
  HIGH: 'hoog',
  MEDIUM: 'middel',
  LOW: 'laag',
};

export function domainLabel(domain: EcosystemDomain): string {
  return ECOSYSTEM_DOMAIN_LABELS[domain].nl;
}

export function themeLabel(theme: Theme): string {
  return THEME_LABELS[theme].nl;
}

export function provinceLabel(province: Province): string {
  return PROVINCE_NAMES[province];
}

const MUNICIPALITY_NAMES = new Map(MUNICIPALITIES.map((m) => [m.code, m.name]));

/** The municipality's name for its code; the code itself when it is unknown. */
export function municipalityLabel(code: string): string {
  return MUNICIPALITY_NAMES.get(code) ?? code;
}

/** "Groningen, Groningen" / "Leeuwarden, Fryslân" / "Drenthe" / null when neither is known. */
export function placeLabel(municipality: string | null, province: Province | null): string | null {
  const parts = [municipality ? municipalityLabel(municipality) : null, province ? provinceLabel(province) : null];
  const present = parts.filter((part): part is string => part !== null);
  return present.length > 0 ? present.join(', ') : null;
}

const EURO = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });

export function formatEuro(amount: number): string {
  return EURO.format(amount);
}

/** "€ 25.000 – € 500.000", "vanaf € 25.000", "tot € 500.000", or null. */
export function formatTicketRange(min: number | null, max: number | null): string | null {
  if (min != null && max != null) return `${formatEuro(min)} – ${formatEuro(max)}`;
  if (min != null) return `vanaf ${formatEuro(min)}`;
  if (max != null) return `tot ${formatEuro(max)}`;
  return null;
}

/** "1 knoop" / "312 knopen"-style counting. */
export function countLabel(count: number, singular: string, plural: string): string {
  return `${count.toLocaleString('nl-NL')} ${count === 1 ? singular : plural}`;
}
