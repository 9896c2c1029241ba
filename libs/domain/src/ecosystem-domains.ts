/**
 * The six domains of an entrepreneurial ecosystem (Stam & Spigel), as the routekaart uses
 * them. Every actor offers, and every entrepreneur needs, one or more of these.
 * Keys are stable English identifiers; the Dutch labels are what the Dutch UI shows.
 */
export const ECOSYSTEM_DOMAINS = [
  'NETWORK',
  'KNOWLEDGE',
  'BUSINESS_SUPPORT',
  'FINANCE',
  'MARKET_POLICY',
  'HUMAN_CAPITAL',
] as const;

export type EcosystemDomain = (typeof ECOSYSTEM_DOMAINS)[number];

export const ECOSYSTEM_DOMAIN_LABELS: Record<EcosystemDomain, { nl: string; en: string }> = {
  NETWORK: { nl: 'Netwerk', en: 'Network' },
  KNOWLEDGE: { nl: 'Onderzoek & Kennis', en: 'Research & Knowledge' },
  BUSINESS_SUPPORT: { nl: 'Business Support', en: 'Business Support' },
  FINANCE: { nl: 'Financiering', en: 'Finance' },
  MARKET_POLICY: { nl: 'Markt & Beleid', en: 'Market & Policy' },
  HUMAN_CAPITAL: { nl: 'Menselijk Kapitaal', en: 'Human Capital' },
};
