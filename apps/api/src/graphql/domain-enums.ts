import { registerEnumType } from '@nestjs/graphql';
import {
  AUDIT_ACTIONS,
  AuditAction,
  ECOSYSTEM_DOMAIN_LABELS,
  ECOSYSTEM_DOMAINS,
  ENTERPRISE_KINDS,
  EnterpriseKind,
  FINANCE_INSTRUMENT_LABELS,
  FINANCE_INSTRUMENTS,
  LABEL_LABELS,
  LABELS,
  NODE_KINDS,
  NodeKind,
  PROCUREMENT_INSTRUMENT_LABELS,
  PROCUREMENT_INSTRUMENTS,
  Province,
  PROVINCE_NAMES,
  PROVINCES,
  PURCHASER_TYPES,
  PurchaserType,
  RELATIONSHIP_RULES,
  RELATIONSHIP_TYPES,
  RelationshipType,
  STAGE_LABELS,
  STAGES,
  THEME_LABELS,
  THEMES,
  VISIBILITIES,
  Visibility,
} from '@koppel/domain';

/**
 * The domain's closed lists as GraphQL enums, so the schema and the validation rules can never
 * disagree about what a kind, theme or domain may be.
 */
export function enumOf<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;
}

export const NodeKindEnum = enumOf(NODE_KINDS);
export const RelationshipTypeEnum = enumOf(RELATIONSHIP_TYPES);
export const EcosystemDomainEnum = enumOf(ECOSYSTEM_DOMAINS);
export const ThemeEnum = enumOf(THEMES);
export const ProvinceEnum = enumOf(PROVINCES);
export const EnterpriseKindEnum = enumOf(ENTERPRISE_KINDS);
export const StageEnum = enumOf(STAGES);
export const LabelEnum = enumOf(LABELS);
export const FinanceInstrumentEnum = enumOf(FINANCE_INSTRUMENTS);
export const ProcurementInstrumentEnum = enumOf(PROCUREMENT_INSTRUMENTS);
export const PurchaserTypeEnum = enumOf(PURCHASER_TYPES);
export const VisibilityEnum = enumOf(VISIBILITIES);
export const AuditActionEnum = enumOf(AUDIT_ACTIONS);

/** A description for every value of an enum; a Record, so a value without one does not compile. */
export function describedValues<T extends string>(descriptions: Record<T, string>): Record<T, { description: string }> {
  return Object.fromEntries(Object.entries(descriptions).map(([value, description]) => [value, { description }])) as Record<
    T,
    { description: string }
  >;
}

/** "English (Dutch)" from a label pair, or just one when both read the same. */
const labelled = <T extends string>(labels: Record<T, { nl: string; en: string }>) =>
  describedValues(
    Object.fromEntries(
      Object.entries<{ nl: string; en: string }>(labels).map(([value, { nl, en }]) => [value, nl === en ? en : `${en} (${nl})`]),
    ) as Record<T, string>,
  );

registerEnumType(NodeKindEnum, {
  name: 'NodeKind',
  description: 'The kinds of node in the ecosystem graph.',
  valuesMap: describedValues<NodeKind>({
    Entrepreneur: 'An impact enterprise.',
    Network: 'A network, community, association or alliance.',
    Fund: 'A financier: fund, foundation or investor.',
    Purchaser: 'A buying organisation or its inkoop department.',
    Municipality: 'A municipality (gemeente).',
    Province: 'A province.',
    KnowledgeInstitution: 'A university, university of applied sciences or college.',
    SupportProgramme: 'A support programme or incubator.',
    Person: 'A contact person who works for an organisation.',
    Event: 'A meet-up or match-making session.',
  }),
});
registerEnumType(RelationshipTypeEnum, {
  name: 'RelationshipType',
  description: 'The kinds of relationship; each reads from its `from` node to its `to` node.',
  valuesMap: describedValues(
    Object.fromEntries(
      RELATIONSHIP_TYPES.map((type) => {
        const rule = RELATIONSHIP_RULES[type];
        return [type, `from ${rule.description} to (${rule.from.join(', ')} -> ${rule.to.join(', ')}).`];
      }),
    ) as Record<RelationshipType, string>,
  ),
});
registerEnumType(EcosystemDomainEnum, {
  name: 'EcosystemDomain',
  description: 'The six domains of the entrepreneurial ecosystem (Stam & Spigel).',
  valuesMap: labelled(ECOSYSTEM_DOMAIN_LABELS),
});
registerEnumType(ThemeEnum, { name: 'Theme', description: 'Impact themes named in the routekaart.', valuesMap: labelled(THEME_LABELS) });
registerEnumType(ProvinceEnum, {
  name: 'ProvinceCode',
  description: 'The three northern provinces.',
  valuesMap: describedValues(
    Object.fromEntries(PROVINCES.map((province) => [province, PROVINCE_NAMES[province]])) as Record<Province, string>,
  ),
});
registerEnumType(EnterpriseKindEnum, {
  name: 'EnterpriseKind',
  description: 'SOCIAL: impact is the primary goal. CONSTRUCTIVE: economic goal with impact built in.',
  valuesMap: describedValues<EnterpriseKind>({
    SOCIAL: 'Impact is the primary goal.',
    CONSTRUCTIVE: 'An economic goal, with impact built into the business model.',
  }),
});
registerEnumType(StageEnum, { name: 'Stage', description: 'Stage of an enterprise.', valuesMap: labelled(STAGE_LABELS) });
registerEnumType(LabelEnum, {
  name: 'Label',
  description: 'Labels and certificates an enterprise can hold.',
  valuesMap: labelled(LABEL_LABELS),
});
registerEnumType(FinanceInstrumentEnum, {
  name: 'FinanceInstrument',
  description: 'Ways a fund finances.',
  valuesMap: labelled(FINANCE_INSTRUMENT_LABELS),
});
registerEnumType(ProcurementInstrumentEnum, {
  name: 'ProcurementInstrument',
  description: 'Ways a buyer can favour impact enterprises.',
  valuesMap: labelled(PROCUREMENT_INSTRUMENT_LABELS),
});
registerEnumType(PurchaserTypeEnum, {
  name: 'PurchaserType',
  description: 'What kind of organisation buys.',
  valuesMap: describedValues<PurchaserType>({
    MUNICIPALITY: 'A municipality or its inkoop department.',
    PROVINCE: 'A province.',
    HOSPITAL: 'A hospital or care organisation.',
    HOUSING_CORPORATION: 'A housing corporation (woningcorporatie).',
    EDUCATION: 'A school, college or university.',
    COMPANY: 'A company.',
    OTHER: 'Any other buying organisation.',
  }),
});
registerEnumType(VisibilityEnum, {
  name: 'Visibility',
  description:
    'Who may see a relationship: PUBLIC and MEMBERS every signed-in account; COORDINATORS coordinators, admins and the accounts of its two ends.',
  valuesMap: describedValues<Visibility>({
    PUBLIC: 'Every signed-in account, and anyone the graph is shared with.',
    MEMBERS: 'Every signed-in account (all accounts are members of the ecosystem).',
    COORDINATORS: 'Coordinators, admins and the accounts of its two ends.',
  }),
});
registerEnumType(AuditActionEnum, {
  name: 'AuditAction',
  description: 'What an audit entry records.',
  valuesMap: describedValues<AuditAction>({
    FORGET_PERSON: 'A person was erased: their personal data removed everywhere.',
    SET_VISIBLE_FOR_MATCHMAKING: "An organisation's consent to be suggested was switched on or off.",
  }),
});
