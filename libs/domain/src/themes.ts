/**
 * Impact themes named in the routekaart. Keys are stable; each maps to the UN Sustainable
 * Development Goals it serves most directly, so matching can compare themes and SDGs alike.
 */
export const THEMES = [
  'ENERGY_TRANSITION',
  'CIRCULAR_ECONOMY',
  'BIOBASED_MATERIALS',
  'HEALTHY_AGEING',
  'LABOUR_PARTICIPATION',
  'CO2_REDUCTION',
  'CARE',
  'LONELINESS',
  'INEQUALITY',
  'CLIMATE_ADAPTATION',
  'FOOD',
  'EDUCATION',
] as const;

export type Theme = (typeof THEMES)[number];

export const THEME_LABELS: Record<Theme, { nl: string; en: string; sdgs: readonly number[] }> = {
  ENERGY_TRANSITION: { nl: 'energietransitie', en: 'energy transition', sdgs: [7, 13] },
  CIRCULAR_ECONOMY: { nl: 'circulaire economie', en: 'circular economy', sdgs: [12] },
  BIOBASED_MATERIALS: { nl: 'biobased materials', en: 'biobased materials', sdgs: [9, 12] },
  HEALTHY_AGEING: { nl: 'healthy ageing', en: 'healthy ageing', sdgs: [3] },
  LABOUR_PARTICIPATION: { nl: 'arbeidsparticipatie', en: 'labour participation', sdgs: [8, 10] },
  CO2_REDUCTION: { nl: 'CO2-reductie', en: 'CO2 reduction', sdgs: [13] },
  CARE: { nl: 'zorg', en: 'care', sdgs: [3] },
  LONELINESS: { nl: 'eenzaamheid', en: 'loneliness', sdgs: [3, 11] },
  INEQUALITY: { nl: 'ongelijkheid', en: 'inequality', sdgs: [10] },
  CLIMATE_ADAPTATION: { nl: 'klimaatadaptatie', en: 'climate adaptation', sdgs: [13, 11] },
  FOOD: { nl: 'voedsel', en: 'food', sdgs: [2, 12] },
  EDUCATION: { nl: 'onderwijs', en: 'education', sdgs: [4] },
};
