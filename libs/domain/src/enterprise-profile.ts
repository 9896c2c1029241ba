/** Vocabularies that describe an impact enterprise, a fund and a purchaser. */

/** SOCIAL: impact is the primary goal. CONSTRUCTIVE: an economic goal with impact built in. */
export const ENTERPRISE_KINDS = ['SOCIAL', 'CONSTRUCTIVE'] as const;
export type EnterpriseKind = (typeof ENTERPRISE_KINDS)[number];

export const STAGES = ['IDEA', 'STARTUP', 'SCALEUP', 'ESTABLISHED'] as const;
export type Stage = (typeof STAGES)[number];

/** Labels and certificates the routekaart names. */
export const LABELS = ['PSO', 'PSO_30_PLUS', 'CODE_SOCIAAL_ONDERNEMEN', 'MVO_CERTIFICAAT', 'B_CORP'] as const;
export type Label = (typeof LABELS)[number];

export const FINANCE_INSTRUMENTS = [
  'LOAN',
  'EQUITY',
  'GUARANTEE',
  'GRANT',
  'RESULT_FINANCING',
  'SOCIAL_IMPACT_BOND',
] as const;
export type FinanceInstrument = (typeof FINANCE_INSTRUMENTS)[number];

/** How a buyer can favour impact enterprises (Aanbestedingswet art. 2.80 / 2.82 and others). */
export const PROCUREMENT_INSTRUMENTS = [
  'SOCIAL_RETURN',
  'PSO_AWARD',
  'RESERVED_CONTRACT_2_82',
  'CHALLENGE',
  'LAUNCHING_CUSTOMER',
  'STARTUP_IN_RESIDENCE',
] as const;
export type ProcurementInstrument = (typeof PROCUREMENT_INSTRUMENTS)[number];

export const PURCHASER_TYPES = [
  'MUNICIPALITY',
  'PROVINCE',
  'HOSPITAL',
  'HOUSING_CORPORATION',
  'EDUCATION',
  'COMPANY',
  'OTHER',
] as const;
export type PurchaserType = (typeof PURCHASER_TYPES)[number];
