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
