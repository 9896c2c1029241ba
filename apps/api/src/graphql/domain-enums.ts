import { registerEnumType } from '@nestjs/graphql';
import {
  AUDIT_ACTIONS,
  ECOSYSTEM_DOMAINS,
  ENTERPRISE_KINDS,
  FINANCE_INSTRUMENTS,
  LABELS,
  NODE_KINDS,
  PROCUREMENT_INSTRUMENTS,
  PROVINCES,
  PURCHASER_TYPES,
  RELATIONSHIP_TYPES,
  STAGES,
  THEMES,
  VISIBILITIES,
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

registerEnumType(NodeKindEnum, { name: 'NodeKind', description: 'The kinds of node in the ecosystem graph.' });
registerEnumType(RelationshipTypeEnum, { name: 'RelationshipType', description: 'The kinds of relationship.' });
registerEnumType(EcosystemDomainEnum, {
  name: 'EcosystemDomain',
  description: 'The six domains of the entrepreneurial ecosystem (Stam & Spigel).',
});
registerEnumType(ThemeEnum, { name: 'Theme', description: 'Impact themes named in the routekaart.' });
registerEnumType(ProvinceEnum, { name: 'ProvinceCode', description: 'The three northern provinces.' });
registerEnumType(EnterpriseKindEnum, {
  name: 'EnterpriseKind',
  description: 'SOCIAL: impact is the primary goal. CONSTRUCTIVE: economic goal with impact built in.',
});
registerEnumType(StageEnum, { name: 'Stage', description: 'Stage of an enterprise.' });
registerEnumType(LabelEnum, { name: 'Label', description: 'Labels and certificates an enterprise can hold.' });
registerEnumType(FinanceInstrumentEnum, { name: 'FinanceInstrument', description: 'Ways a fund finances.' });
registerEnumType(ProcurementInstrumentEnum, {
  name: 'ProcurementInstrument',
  description: 'Ways a buyer can favour impact enterprises.',
});
registerEnumType(PurchaserTypeEnum, { name: 'PurchaserType', description: 'What kind of organisation buys.' });
registerEnumType(VisibilityEnum, {
  name: 'Visibility',
  description:
    'Who may see a relationship: PUBLIC and MEMBERS every signed-in account; COORDINATORS coordinators, admins and the accounts of its two ends.',
});
registerEnumType(AuditActionEnum, {
  name: 'AuditAction',
  description: 'What an audit entry records: FORGET_PERSON (a person erased) or SET_VISIBLE_FOR_MATCHMAKING (consent changed).',
});
