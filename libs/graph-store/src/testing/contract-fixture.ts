/**
 * A small, hand-checked slice of the ecosystem used by the contract suite. Its shape is chosen
 * so that the expected answers are unique: one shortest path between ent-zonnewerf and
 * ent-kringloop, known distances, known filter results. All people here are fictional.
 */
export const CONTRACT_NODES = [
  {
    id: 'ent-zonnewerf',
    kind: 'Entrepreneur',
    name: 'Zonnewerf Coöperatie',
    municipality: 'groningen',
    enterpriseKind: 'SOCIAL',
    stage: 'STARTUP',
    themes: ['ENERGY_TRANSITION', 'CO2_REDUCTION'],
    sdgs: [7, 13],
    products: ['zonnepanelen op sociale huurwoningen'],
    labels: ['CODE_SOCIAAL_ONDERNEMEN'],
    needs: [{ domain: 'FINANCE', description: 'groeilening', amountEur: 50_000, instrument: 'LOAN' }],
    foundedYear: 2019,
  },
  {
    id: 'ent-werkplaats',
    kind: 'Entrepreneur',
    name: 'Werkplaats Noord',
    municipality: 'leeuwarden',
    enterpriseKind: 'CONSTRUCTIVE',
    stage: 'SCALEUP',
    themes: ['LABOUR_PARTICIPATION', 'CIRCULAR_ECONOMY'],
    offers: ['HUMAN_CAPITAL'],
    needs: [{ domain: 'MARKET_POLICY', description: 'launching customer', category: 'meubilair' }],
  },
  {
    id: 'ent-kringloop',
    kind: 'Entrepreneur',
    name: 'Kringloop Assen',
    municipality: 'assen',
    enterpriseKind: 'SOCIAL',
    stage: 'ESTABLISHED',
    themes: ['CIRCULAR_ECONOMY'],
  },
  {
    id: 'net-impact-noord',
    kind: 'Network',
    name: 'Impact Noord',
    municipality: 'groningen',
    offers: ['NETWORK', 'KNOWLEDGE'],
    regions: ['GRONINGEN', 'FRYSLAN', 'DRENTHE'],
    illustrative: true,
    source: 'contract fixture',
  },
  {
    id: 'fund-noord',
    kind: 'Fund',
    name: 'Noordelijk Impactfonds',
    offers: ['FINANCE'],
    instruments: ['LOAN', 'EQUITY'],
    ticketMinEur: 25_000,
    ticketMaxEur: 250_000,
    stages: ['STARTUP', 'SCALEUP'],
    socialOnly: true,
    regions: ['GRONINGEN'],
  },
  {
    id: 'person-anouk',
    kind: 'Person',
    name: 'Anouk Veldkamp',
    role: 'community manager',
    email: 'anouk@example.org',
    phone: '+31 6 1234 5678',
  },
  {
    id: 'purchaser-groningen',
    kind: 'Purchaser',
    name: 'Inkoop Gemeente Groningen',
    municipality: 'groningen',
    purchaserType: 'MUNICIPALITY',
    categories: ['meubilair', 'groenonderhoud'],
    procurementInstruments: ['SOCIAL_RETURN', 'RESERVED_CONTRACT_2_82'],
    offers: ['MARKET_POLICY'],
  },
] as const;

export const CONTRACT_RELATIONSHIPS = [
  { type: 'MEMBER_OF', from: 'ent-zonnewerf', to: 'net-impact-noord', year: 2020 },
  { type: 'MEMBER_OF', from: 'ent-werkplaats', to: 'net-impact-noord', year: 2021 },
  { type: 'WORKS_FOR', from: 'person-anouk', to: 'net-impact-noord', role: 'community manager' },
  { type: 'KNOWS', from: 'person-anouk', to: 'ent-kringloop', strength: 0.8, lastActiveAt: '2026-09-01' },
  {
    type: 'FUNDED',
    from: 'fund-noord',
    to: 'ent-zonnewerf',
    amountEur: 50_000,
    year: 2021,
    instrument: 'LOAN',
  },
  { type: 'BOUGHT_FROM', from: 'purchaser-groningen', to: 'ent-werkplaats', amountEur: 12_500, year: 2024 },
] as const;

export const CONTRACT_BATCH = { nodes: CONTRACT_NODES, relationships: CONTRACT_RELATIONSHIPS };

/**
 * The match-context fixture: one subject and four candidate entrepreneurs, chosen so that each
 * rule of GraphStore.matchContext changes a visible answer.
 *
 *   m-subject   CIRCULAR_ECONOMY, FOOD; Groningen
 *   m-ent-a     shares 2 themes; Groningen, STARTUP, SOCIAL; member of m-net; known by Eva (twice)
 *   m-ent-b     shares 1 theme;  Fryslân, SCALEUP, CONSTRUCTIVE; member of m-net; known by Joost
 *               (a tie only coordinators may see)
 *   m-ent-c     shares none;     Drenthe, STARTUP, SOCIAL; at the same event as the subject (not
 *               trust); known by the subject in a tie only coordinators may see
 *   m-ent-d     shares 1 theme;  Groningen, IDEA, SOCIAL; tied directly to the subject twice
 *   m-ent-hidden  opted out of matchmaking: never a candidate
 *   m-net       a network that opted out too, yet still a common neighbour
 *
 * Degrees (trust relationships, PUBLIC only): subject 6, a 4, b 1, c 0, d 2, m-net 4, Eva 4,
 * Joost 1. With every visibility: subject 7, b 2, c 1, Joost 2.
 */
export const MATCH_NODES = [
  {
    id: 'm-subject',
    kind: 'Entrepreneur',
    name: 'Subject Circulair Voedsel',
    municipality: 'groningen',
    enterpriseKind: 'SOCIAL',
    stage: 'STARTUP',
    themes: ['CIRCULAR_ECONOMY', 'FOOD'],
  },
  {
    id: 'm-ent-a',
    kind: 'Entrepreneur',
    name: 'Alfa Voedselkringloop',
    municipality: 'groningen',
    enterpriseKind: 'SOCIAL',
    stage: 'STARTUP',
    themes: ['FOOD', 'CIRCULAR_ECONOMY'],
  },
  {
    id: 'm-ent-b',
    kind: 'Entrepreneur',
    name: 'Bravo Hergebruik',
    municipality: 'leeuwarden',
    enterpriseKind: 'CONSTRUCTIVE',
    stage: 'SCALEUP',
    themes: ['CIRCULAR_ECONOMY', 'CARE'],
  },
  {
    id: 'm-ent-c',
    kind: 'Entrepreneur',
    name: 'Charlie Zorg',
    municipality: 'assen',
    enterpriseKind: 'SOCIAL',
    stage: 'STARTUP',
    themes: ['CARE'],
  },
  {
    id: 'm-ent-d',
    kind: 'Entrepreneur',
    name: 'Delta Streekvoedsel',
    municipality: 'groningen',
    enterpriseKind: 'SOCIAL',
    stage: 'IDEA',
    themes: ['FOOD'],
  },
  {
    id: 'm-ent-hidden',
    kind: 'Entrepreneur',
    name: 'Verborgen Kringloop',
    municipality: 'groningen',
    enterpriseKind: 'SOCIAL',
    stage: 'STARTUP',
    themes: ['CIRCULAR_ECONOMY', 'FOOD'],
    visibleForMatchmaking: false,
  },
  {
    id: 'm-fund',
    kind: 'Fund',
    name: 'Voedselfonds Noord',
    municipality: 'groningen',
    themes: ['FOOD'],
    stages: ['STARTUP'],
  },
  { id: 'm-net', kind: 'Network', name: 'Kringloopnetwerk', municipality: 'groningen', visibleForMatchmaking: false },
  { id: 'm-person-eva', kind: 'Person', name: 'Eva Mulder' },
  { id: 'm-person-joost', kind: 'Person', name: 'Joost de Boer' },
  { id: 'm-gemeente', kind: 'Municipality', name: 'Gemeente Groningen', municipality: 'groningen' },
  { id: 'm-event', kind: 'Event', name: 'Voedselcafé', date: '2026-04-02' },
] as const;

export const MATCH_RELATIONSHIPS = [
  { type: 'MEMBER_OF', from: 'm-subject', to: 'm-net', year: 2020 },
  { type: 'MEMBER_OF', from: 'm-ent-a', to: 'm-net', year: 2021 },
  { type: 'MEMBER_OF', from: 'm-ent-b', to: 'm-net', year: 2022 },
  { type: 'MEMBER_OF', from: 'm-ent-hidden', to: 'm-net' },
  { type: 'KNOWS', from: 'm-person-eva', to: 'm-subject', strength: 0.4, lastActiveAt: '2026-05-01' },
  { type: 'WORKS_FOR', from: 'm-person-eva', to: 'm-subject', role: 'adviseur' },
  { type: 'KNOWS', from: 'm-person-eva', to: 'm-ent-a', strength: 0.7 },
  { type: 'KNOWS', from: 'm-person-eva', to: 'm-ent-a', key: 'old', strength: 0.2 },
  { type: 'KNOWS', from: 'm-person-joost', to: 'm-subject', strength: 0.6 },
  { type: 'KNOWS', from: 'm-person-joost', to: 'm-ent-b', strength: 0.8, visibility: 'COORDINATORS' },
  { type: 'KNOWS', from: 'm-subject', to: 'm-ent-d', strength: 0.9, lastActiveAt: '2026-06-01', confidence: 0.8 },
  { type: 'PARTNERS_WITH', from: 'm-ent-d', to: 'm-subject' },
  { type: 'KNOWS', from: 'm-subject', to: 'm-ent-c', strength: 0.3, visibility: 'COORDINATORS' },
  { type: 'FUNDED', from: 'm-fund', to: 'm-ent-a', amountEur: 20_000, year: 2023 },
  { type: 'LOCATED_IN', from: 'm-subject', to: 'm-gemeente' },
  { type: 'LOCATED_IN', from: 'm-ent-a', to: 'm-gemeente' },
  { type: 'ATTENDED', from: 'm-subject', to: 'm-event' },
  { type: 'ATTENDED', from: 'm-ent-c', to: 'm-event' },
] as const;

export const MATCH_BATCH = { nodes: MATCH_NODES, relationships: MATCH_RELATIONSHIPS };
