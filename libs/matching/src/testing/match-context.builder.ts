import {
  Introduction,
  MatchCandidate,
  MatchContext,
  NodeInput,
  nodeInputSchema,
  StakeholderNode,
  TieFacts,
  withDerivedProvince,
} from '@koppel/domain';

/** Builds match contexts by hand for specs: nodes as a user would enter them, ties by name. */
export function node(input: NodeInput): StakeholderNode {
  return withDerivedProvince(nodeInputSchema.parse(input));
}

/** A variant of a built node: the province is derived again from the municipality. */
export function variant(base: StakeholderNode, changes: Record<string, unknown>): StakeholderNode {
  const { province: _derived, ...input } = { ...base, ...changes } as StakeholderNode & { province?: string };
  return node(input as NodeInput);
}

export function candidate(target: StakeholderNode, extra: Partial<Omit<MatchCandidate, 'node'>> = {}): MatchCandidate {
  return {
    node: target,
    degree: extra.degree ?? 3,
    directTies: extra.directTies ?? [],
    commonNeighbours: extra.commonNeighbours ?? [],
    introductionRecord: extra.introductionRecord ?? { requested: 0, accepted: 0, declined: 0, fruitful: 0 },
  };
}

export function knows(strength: number, lastActiveAt = '2026-10-01'): TieFacts {
  return { type: 'KNOWS', strength, lastActiveAt, confidence: 1 };
}

export function context(subject: StakeholderNode, candidates: MatchCandidate[], extra: Partial<MatchContext> = {}): MatchContext {
  return {
    subject,
    candidates,
    intermediaries: extra.intermediaries ?? {},
    introductions: extra.introductions ?? ([] as Introduction[]),
    impressions: extra.impressions ?? [],
    truncated: false,
  };
}

export const NOW = new Date('2026-11-01T12:00:00.000Z');

/** A social start-up in Groningen that needs a €50k loan and a launching customer. */
export const zonnewerf = node({
  id: 'ent:zonnewerf',
  kind: 'Entrepreneur',
  name: 'Zonnewerf',
  municipality: 'groningen',
  enterpriseKind: 'SOCIAL',
  stage: 'STARTUP',
  themes: ['ENERGY_TRANSITION', 'CO2_REDUCTION'],
  products: ['zonnepanelen op huurwoningen'],
  labels: ['CODE_SOCIAAL_ONDERNEMEN'],
  needs: [
    { domain: 'FINANCE', description: 'groeilening', amountEur: 50_000, instrument: 'LOAN' },
    { domain: 'MARKET_POLICY', description: 'daken van gemeentelijk vastgoed', category: 'verduurzaming maatschappelijk vastgoed' },
  ],
});

export const energyFund = node({
  id: 'fund:energie',
  kind: 'Fund',
  name: 'Energiefonds Noord',
  offers: ['FINANCE'],
  instruments: ['LOAN', 'EQUITY'],
  ticketMinEur: 25_000,
  ticketMaxEur: 250_000,
  stages: ['STARTUP', 'SCALEUP'],
  themes: ['ENERGY_TRANSITION'],
  socialOnly: true,
  regions: ['GRONINGEN', 'DRENTHE'],
});

export const frisianFund = node({
  id: 'fund:fries',
  kind: 'Fund',
  name: 'Fries Fonds',
  offers: ['FINANCE'],
  instruments: ['LOAN'],
  themes: ['ENERGY_TRANSITION'],
  regions: ['FRYSLAN'],
});

export const bigTicketFund = node({
  id: 'fund:groot',
  kind: 'Fund',
  name: 'Groeifonds',
  offers: ['FINANCE'],
  instruments: ['EQUITY'],
  ticketMinEur: 1_000_000,
  ticketMaxEur: 5_000_000,
  themes: ['ENERGY_TRANSITION'],
});

export const housingBuyer = node({
  id: 'pur:woonstad',
  kind: 'Purchaser',
  name: 'Woonstad inkoop',
  municipality: 'groningen',
  purchaserType: 'HOUSING_CORPORATION',
  categories: ['verduurzaming maatschappelijk vastgoed', 'schoonmaak'],
  procurementInstruments: ['SOCIAL_RETURN'],
  themes: ['ENERGY_TRANSITION'],
});

export const energyNetwork = node({
  id: 'net:energie',
  kind: 'Network',
  name: 'Energiek Noord',
  municipality: 'groningen',
  offers: ['NETWORK', 'KNOWLEDGE'],
  themes: ['ENERGY_TRANSITION'],
  regions: ['GRONINGEN'],
});

export const peer = node({
  id: 'ent:isolatie',
  kind: 'Entrepreneur',
  name: 'Isolatieploeg',
  municipality: 'groningen',
  enterpriseKind: 'SOCIAL',
  stage: 'STARTUP',
  themes: ['ENERGY_TRANSITION', 'INEQUALITY'],
  offers: ['HUMAN_CAPITAL'],
  needs: [{ domain: 'NETWORK', description: 'opdrachtgevers' }],
});
