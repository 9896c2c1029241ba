/**
 * The first phase of the generator: who exists, where, with which themes and how active.
 * Kept in typed arrays (one slot per node) so a 100k ecosystem costs a few MB here; node
 * objects are only built when they are written out (see nodes.ts), and relationships are
 * drawn from these arrays (see relationships.ts).
 */
import {
  FINANCE_INSTRUMENTS,
  FinanceInstrument,
  KINDS_IN_WRITE_ORDER,
  MUNICIPALITIES,
  NODE_KINDS,
  NodeKind,
  PROCUREMENT_INSTRUMENTS,
  ProcurementInstrument,
  PROVINCES,
  PURCHASER_TYPES,
  PurchaserType,
  Stage,
  STAGES,
  THEMES,
} from '@koppel/domain';
import { MAX_NODE_INDEX } from './edge-set';
import { Prng } from './prng';
import {
  MUNICIPALITY_WEIGHTS,
  PROCUREMENT_CATEGORIES,
  RELATED_THEMES,
  ROLES,
  SEAT_WEIGHTS,
  STAGE_FOUNDED,
  THEME_WEIGHTS_BY_PROVINCE,
} from './vocabulary';
import { WeightedSampler } from './weighted-sampler';

export interface EcosystemOptions {
  /** How many organisations (entrepreneurs, networks, funds, purchasers, institutes, programmes). */
  organisations: number;
  /** Any safe integer; the same seed and options give byte-identical output. */
  seed: number;
  /** Total relationships ≈ organisations × this (default 10). */
  relationshipsPerOrganisation?: number;
}

export const MIN_ORGANISATIONS = 50;
export const MAX_ORGANISATIONS = 1_000_000;

/** The generated world is "as of" this date: no fact is dated later. Fixed, so output never depends on the clock. */
export const AS_OF_YEAR = 2026;
export const AS_OF_DATE = '2026-10-31';
export const FIRST_ACTIVITY_YEAR = 2015;

/** Node kinds in output order: places and providers before the actors that refer to them. */
export const KIND_ORDER: readonly NodeKind[] = KINDS_IN_WRITE_ORDER;

/** Share of the organisations per kind; entrepreneurs take the rest. Minimums keep small worlds whole. */
const ORGANISATION_SHARES: readonly [NodeKind, number, number][] = [
  ['Network', 0.025, 4],
  ['KnowledgeInstitution', 0.015, 3],
  ['SupportProgramme', 0.03, 3],
  ['Fund', 0.015, 4],
  ['Purchaser', 0.05, 5],
];
const PERSONS_PER_ORGANISATION = 0.3;
const EVENTS_PER_ORGANISATION = 0.004;

export const KIND_INDEX: Record<NodeKind, number> = Object.fromEntries(NODE_KINDS.map((k, i) => [k, i])) as Record<
  NodeKind,
  number
>;

/** Province index (as in PROVINCES) of each municipality index (as in MUNICIPALITIES). */
export const PROVINCE_OF_MUNICIPALITY: readonly number[] = MUNICIPALITIES.map((m) => PROVINCES.indexOf(m.province));
/** The municipality index of each province's capital (Groningen, Leeuwarden, Assen). */
const PROVINCE_CAPITAL = ['groningen', 'leeuwarden', 'assen'].map((code) => MUNICIPALITIES.findIndex((m) => m.code === code));
const ALL_REGIONS = 0b111;

export type FundTemplate = 'micro' | 'seed' | 'growth' | 'impact';

export interface FundProfile {
  national: boolean;
  template: FundTemplate;
  instruments: FinanceInstrument[];
  ticketMinEur: number;
  ticketMaxEur: number;
  stages: Stage[];
  socialOnly: boolean;
  openForApplications: boolean;
}

export type NetworkScope = 'local' | 'provincial' | 'north';

export interface PurchaserProfile {
  type: PurchaserType;
  /** Indices into PROCUREMENT_CATEGORIES. */
  categories: number[];
  instruments: ProcurementInstrument[];
  /** The node it buys for (PURCHASES_FOR), or -1. */
  buysFor: number;
  /** For municipal and provincial buyers: 0 for the main purchasing department, 1.. for further teams. */
  ordinal: number;
}

export interface EventProfile {
  /** Days since 1970-01-01. */
  day: number;
  organisers: number[];
}

export interface Plan {
  organisations: number;
  seed: number;
  relationshipsPerOrganisation: number;
  /** organisations × relationshipsPerOrganisation, rounded: what the generator aims for. */
  targetRelationships: number;
  nodes: number;
  nodesByKind: Record<NodeKind, number>;
}

export class World {
  readonly plan: Plan;
  readonly seed: number;
  readonly total: number;
  /** First node index of each kind; kinds are laid out in KIND_ORDER. */
  readonly start: Record<NodeKind, number>;
  readonly count: Record<NodeKind, number>;

  readonly kind: Uint8Array;
  /** Municipality index, or -1 (national funds). */
  readonly mun: Int8Array;
  /** Bit i set: works on THEMES[i]. A network's focus theme is `focus`, also set here. */
  readonly themes: Uint16Array;
  /** Latent activity ("fitness"): every tie is drawn with probability proportional to it, so its heavy tail makes the hubs. */
  readonly fitness: Float64Array;
  /** Bit p set: reaches province p (Network, KnowledgeInstitution, SupportProgramme, Fund). */
  readonly regions: Uint8Array;
  /** Entrepreneurs: index into STAGES. */
  readonly stage: Uint8Array;
  readonly social: Uint8Array;
  readonly founded: Uint16Array;
  /** Networks: index into THEMES of the focus theme. */
  readonly focus: Uint8Array;
  /** Persons: the node they work for, and the index of their job title in ROLES[kind of employer]. */
  readonly employer: Int32Array;
  readonly role: Uint8Array;
  readonly networkScope = new Map<number, NetworkScope>();
  readonly funds = new Map<number, FundProfile>();
  readonly purchasers = new Map<number, PurchaserProfile>();
  readonly events = new Map<number, EventProfile>();

  constructor(options: EcosystemOptions) {
    const { organisations, seed } = options;
    const perOrganisation = options.relationshipsPerOrganisation ?? 10;
    if (!Number.isInteger(organisations) || organisations < MIN_ORGANISATIONS || organisations > MAX_ORGANISATIONS) {
      throw new RangeError(`organisations must be a whole number from ${MIN_ORGANISATIONS} to ${MAX_ORGANISATIONS}, got ${organisations}`);
    }
    if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a safe integer, got ${seed}`);
    if (!(perOrganisation >= 2 && perOrganisation <= 50)) {
      throw new RangeError(`relationshipsPerOrganisation must be from 2 to 50, got ${perOrganisation}`);
    }
    this.seed = seed;

    const count = Object.fromEntries(NODE_KINDS.map((k) => [k, 0])) as Record<NodeKind, number>;
    count.Province = PROVINCES.length;
    count.Municipality = MUNICIPALITIES.length;
    let others = 0;
    for (const [kind, share, minimum] of ORGANISATION_SHARES) {
      count[kind] = Math.max(minimum, Math.round(organisations * share));
      others += count[kind];
    }
    count.Entrepreneur = organisations - others;
    count.Person = Math.round(organisations * PERSONS_PER_ORGANISATION);
    count.Event = Math.max(3, Math.round(organisations * EVENTS_PER_ORGANISATION));
    this.count = count;
    const start = {} as Record<NodeKind, number>;
    let next = 0;
    for (const kind of KIND_ORDER) {
      start[kind] = next;
      next += count[kind];
    }
    this.start = start;
    this.total = next;
    if (this.total - 1 > MAX_NODE_INDEX) throw new RangeError(`too many nodes (${this.total})`);
    this.plan = {
      organisations,
      seed,
      relationshipsPerOrganisation: perOrganisation,
      targetRelationships: Math.round(organisations * perOrganisation),
      nodes: this.total,
      nodesByKind: Object.fromEntries(KIND_ORDER.map((k) => [k, count[k]])) as Record<NodeKind, number>,
    };

    const n = this.total;
    this.kind = new Uint8Array(n);
    this.mun = new Int8Array(n).fill(-1);
    this.themes = new Uint16Array(n);
    this.fitness = new Float64Array(n);
    this.regions = new Uint8Array(n);
    this.stage = new Uint8Array(n);
    this.social = new Uint8Array(n);
    this.founded = new Uint16Array(n);
    this.focus = new Uint8Array(n);
    this.employer = new Int32Array(n).fill(-1);
    this.role = new Uint8Array(n);
    for (const kind of KIND_ORDER) this.kind.fill(KIND_INDEX[kind], start[kind], start[kind] + count[kind]);

    this.placePublicBodies();
    this.createNetworks();
    this.createInstitutes('KnowledgeInstitution', 0.5, 1.6, 3);
    this.createInstitutes('SupportProgramme', 0.25, 1.8, 2);
    this.createFunds();
    this.createEntrepreneurs();
    this.createPurchasers();
    this.createPersons();
    this.createEvents();
  }

  // ------------------------------------------------------------------ lookups

  kindOf(i: number): NodeKind {
    return NODE_KINDS[this.kind[i]];
  }

  /** Province index of a node, or -1. */
  provinceOf(i: number): number {
    if (i < PROVINCES.length) return i;
    const m = this.mun[i];
    return m >= 0 ? PROVINCE_OF_MUNICIPALITY[m] : -1;
  }

  /** The provinces a node reaches: its regions, or else its own province. */
  reach(i: number): number {
    if (this.regions[i] !== 0) return this.regions[i];
    const p = this.provinceOf(i);
    return p >= 0 ? 1 << p : 0;
  }

  indicesOf(kind: NodeKind): Int32Array {
    const out = new Int32Array(this.count[kind]);
    for (let j = 0; j < out.length; j++) out[j] = this.start[kind] + j;
    return out;
  }

  ordinalOf(i: number): number {
    return i - this.start[this.kindOf(i)];
  }

  // ------------------------------------------------------------------ phases

  private municipalitySampler(weights: readonly number[]): WeightedSampler {
    return new WeightedSampler(
      MUNICIPALITIES.map((_, m) => m),
      (m) => weights[m],
    );
  }

  private placePublicBodies(): void {
    for (let p = 0; p < PROVINCES.length; p++) {
      this.regions[p] = 1 << p;
      this.fitness[p] = 4;
    }
    const maxWeight = Math.max(...MUNICIPALITY_WEIGHTS);
    for (let m = 0; m < MUNICIPALITIES.length; m++) {
      const i = this.start.Municipality + m;
      this.mun[i] = m;
      this.fitness[i] = 1 + (6 * MUNICIPALITY_WEIGHTS[m]) / maxWeight;
    }
  }

  /** Themes of an actor in province p: a primary theme by the province's accent, and 0-2 related ones. */
  private drawThemes(random: Prng, p: number, extraWeights: readonly number[]): number {
    const primary = random.weightedIndex(THEME_WEIGHTS_BY_PROVINCE[p < 0 ? 3 : p]);
    let mask = 1 << primary;
    const extras = random.weightedIndex(extraWeights);
    for (let e = 0; e < extras; e++) {
      const theme = random.chance(0.65)
        ? THEMES.indexOf(random.pick(RELATED_THEMES[THEMES[primary]]))
        : random.weightedIndex(THEME_WEIGHTS_BY_PROVINCE[3]);
      mask |= 1 << theme;
    }
    return mask;
  }

  private createNetworks(): void {
    const random = Prng.stream(this.seed, 'world:networks');
    const seats = this.municipalitySampler(SEAT_WEIGHTS);
    for (const i of this.indicesOf('Network')) {
      const m = seats.sample(random);
      const p = PROVINCE_OF_MUNICIPALITY[m];
      const scope: NetworkScope = random.chance(0.5) ? 'local' : random.chance(0.7) ? 'provincial' : 'north';
      const focus = random.weightedIndex(THEME_WEIGHTS_BY_PROVINCE[scope === 'north' ? 3 : p]);
      this.mun[i] = m;
      this.networkScope.set(i, scope);
      this.regions[i] = scope === 'north' ? ALL_REGIONS : 1 << p;
      this.focus[i] = focus;
      this.themes[i] = (1 << focus) | (random.chance(0.4) ? 1 << THEMES.indexOf(random.pick(RELATED_THEMES[THEMES[focus]])) : 0);
      this.fitness[i] = 3 * (scope === 'north' ? 2 : scope === 'provincial' ? 1.5 : 1) * random.pareto(1.5, 80);
    }
  }

  private createInstitutes(kind: 'KnowledgeInstitution' | 'SupportProgramme', northShare: number, alpha: number, scale: number): void {
    const random = Prng.stream(this.seed, `world:${kind}`);
    const seats = this.municipalitySampler(SEAT_WEIGHTS);
    for (const i of this.indicesOf(kind)) {
      const m = seats.sample(random);
      const p = PROVINCE_OF_MUNICIPALITY[m];
      this.mun[i] = m;
      this.regions[i] = random.chance(northShare) ? ALL_REGIONS : 1 << p;
      this.themes[i] = kind === 'SupportProgramme' && random.chance(0.3) ? 0 : this.drawThemes(random, p, [30, 45, 25]);
      this.fitness[i] = scale * random.pareto(alpha, 60);
    }
  }

  private createFunds(): void {
    const random = Prng.stream(this.seed, 'world:funds');
    const seats = this.municipalitySampler(SEAT_WEIGHTS);
    const round = (eur: number, step: number) => Math.max(step, Math.round(eur / step) * step);
    for (const i of this.indicesOf('Fund')) {
      const national = random.chance(0.35);
      const template: FundTemplate = (['micro', 'seed', 'growth', 'impact'] as const)[
        random.weightedIndex(national ? [5, 20, 35, 40] : [35, 35, 15, 15])
      ];
      let stages: Stage[];
      let choices: FinanceInstrument[];
      let min: number;
      let max: number;
      switch (template) {
        case 'micro':
          stages = ['IDEA', 'STARTUP'];
          choices = ['GRANT', 'LOAN'];
          min = round(random.logUniform(2_500, 10_000), 500);
          max = round(random.logUniform(25_000, 75_000), 5_000);
          break;
        case 'seed':
          stages = random.chance(0.3) ? ['IDEA', 'STARTUP', 'SCALEUP'] : ['STARTUP', 'SCALEUP'];
          choices = ['LOAN', 'EQUITY', 'GRANT', 'GUARANTEE'];
          min = round(random.logUniform(15_000, 50_000), 5_000);
          max = round(random.logUniform(100_000, 350_000), 25_000);
          break;
        case 'growth':
          stages = random.chance(0.3) ? ['STARTUP', 'SCALEUP', 'ESTABLISHED'] : ['SCALEUP', 'ESTABLISHED'];
          choices = ['LOAN', 'EQUITY', 'GUARANTEE'];
          min = round(random.logUniform(100_000, 250_000), 25_000);
          max = round(random.logUniform(1_000_000, 3_000_000), 250_000);
          break;
        default:
          stages = ['STARTUP', 'SCALEUP', 'ESTABLISHED'];
          choices = ['LOAN', 'GUARANTEE', 'RESULT_FINANCING', 'SOCIAL_IMPACT_BOND', 'GRANT'];
          min = round(random.logUniform(25_000, 100_000), 5_000);
          max = round(random.logUniform(250_000, 1_000_000), 50_000);
      }
      const picked = new Set(random.sample(choices, 1 + random.weightedIndex([45, 35, 20])));
      // Keep the domain's order, so the output reads the same whichever order they were drawn in.
      const instruments = FINANCE_INSTRUMENTS.filter((f) => picked.has(f));
      if (national) {
        this.regions[i] = ALL_REGIONS;
      } else {
        const m = seats.sample(random);
        this.mun[i] = m;
        this.regions[i] = random.chance(0.7) ? 1 << PROVINCE_OF_MUNICIPALITY[m] : ALL_REGIONS;
      }
      this.themes[i] = random.chance(0.4) ? 0 : this.drawThemes(random, national ? -1 : this.provinceOf(i), [20, 30, 30, 20]);
      this.funds.set(i, {
        national,
        template,
        instruments,
        ticketMinEur: Math.min(min, max),
        ticketMaxEur: max,
        stages,
        socialOnly: random.chance(template === 'impact' ? 0.6 : 0.15),
        openForApplications: random.chance(0.8),
      });
      this.fitness[i] = 2 * random.pareto(1.6, 60);
    }
  }

  private createEntrepreneurs(): void {
    const random = Prng.stream(this.seed, 'world:entrepreneurs');
    const places = this.municipalitySampler(MUNICIPALITY_WEIGHTS);
    const stageActivity = [0.6, 0.9, 1.4, 1.6];
    for (const i of this.indicesOf('Entrepreneur')) {
      const m = places.sample(random);
      const p = PROVINCE_OF_MUNICIPALITY[m];
      const stage = random.weightedIndex([15, 35, 25, 25]);
      const [from, to] = STAGE_FOUNDED[STAGES[stage]];
      this.mun[i] = m;
      this.stage[i] = stage;
      this.social[i] = random.chance(0.45) ? 1 : 0;
      this.founded[i] = random.between(from, to);
      this.themes[i] = this.drawThemes(random, p, [35, 45, 20]);
      this.fitness[i] = stageActivity[stage] * random.pareto(2.0, 60);
    }
  }

  private createPurchasers(): void {
    const random = Prng.stream(this.seed, 'world:purchasers');
    const places = this.municipalitySampler(MUNICIPALITY_WEIGHTS);
    const provinces = new WeightedSampler([0, 1, 2], (p) =>
      MUNICIPALITY_WEIGHTS.reduce((sum, w, m) => sum + (PROVINCE_OF_MUNICIPALITY[m] === p ? w : 0), 0),
    );
    const knowledge = this.indicesOf('KnowledgeInstitution');
    /** How many purchasing teams each municipality and province has so far. */
    const publicTeams = new Map<number, number>();
    const typeWeights: Record<PurchaserType, number> = {
      MUNICIPALITY: 20,
      PROVINCE: 3,
      HOSPITAL: 7,
      HOUSING_CORPORATION: 15,
      EDUCATION: 10,
      COMPANY: 40,
      OTHER: 5,
    };
    for (const i of this.indicesOf('Purchaser')) {
      const type = PURCHASER_TYPES[random.weightedIndex(PURCHASER_TYPES.map((t) => typeWeights[t]))];
      let buysFor = -1;
      let ordinal = 0;
      if (type === 'PROVINCE') {
        const p = provinces.sample(random);
        this.mun[i] = PROVINCE_CAPITAL[p];
        buysFor = this.start.Province + p;
        ordinal = publicTeams.get(buysFor) ?? 0;
        publicTeams.set(buysFor, ordinal + 1);
      } else {
        const m = places.sample(random);
        this.mun[i] = m;
        if (type === 'MUNICIPALITY') {
          buysFor = this.start.Municipality + m;
          ordinal = publicTeams.get(buysFor) ?? 0;
          publicTeams.set(buysFor, ordinal + 1);
        } else if (type === 'EDUCATION' && random.chance(0.5)) {
          const same = Array.from(knowledge).filter((k) => this.provinceOf(k) === this.provinceOf(i));
          if (same.length > 0) buysFor = random.pick(same);
        }
      }
      const publicBuyer = type === 'MUNICIPALITY' || type === 'PROVINCE';
      const categories = random
        .sample(
          PROCUREMENT_CATEGORIES.map((_, c) => c),
          publicBuyer ? random.between(3, 6) : random.between(1, 4),
        )
        .sort((a, b) => a - b);
      const instrumentChoices: ProcurementInstrument[] = publicBuyer
        ? [...PROCUREMENT_INSTRUMENTS]
        : ['SOCIAL_RETURN', 'LAUNCHING_CUSTOMER', 'PSO_AWARD', 'CHALLENGE'];
      const picked = new Set(random.sample(instrumentChoices, publicBuyer ? random.between(2, 5) : random.between(1, 2)));
      let themes = 0;
      for (const c of categories.slice(0, 3)) themes |= 1 << THEMES.indexOf(PROCUREMENT_CATEGORIES[c].themes[0]);
      this.themes[i] = themes;
      this.purchasers.set(i, {
        type,
        categories,
        instruments: PROCUREMENT_INSTRUMENTS.filter((x) => picked.has(x)),
        buysFor,
        ordinal,
      });
      this.fitness[i] = (publicBuyer ? 2.5 : type === 'HOSPITAL' || type === 'HOUSING_CORPORATION' ? 1.5 : 1) * random.pareto(1.8, 60);
    }
  }

  private createPersons(): void {
    const random = Prng.stream(this.seed, 'world:persons');
    const contactFactor: Partial<Record<NodeKind, number>> = {
      Entrepreneur: 1,
      Network: 4,
      KnowledgeInstitution: 4,
      SupportProgramme: 3,
      Fund: 3,
      Purchaser: 2,
    };
    const organisations: number[] = [];
    for (const kind of ['Network', 'KnowledgeInstitution', 'SupportProgramme', 'Fund', 'Purchaser', 'Entrepreneur'] as const) {
      for (const i of this.indicesOf(kind)) organisations.push(i);
    }
    const employers = new WeightedSampler(organisations, (i) => this.fitness[i] * (contactFactor[this.kindOf(i)] ?? 1));
    const places = this.municipalitySampler(MUNICIPALITY_WEIGHTS);
    const provinces = [0, 1, 2];
    for (const i of this.indicesOf('Person')) {
      let employer: number;
      if (random.chance(0.08)) {
        employer = random.chance(0.9) ? this.start.Municipality + places.sample(random) : this.start.Province + random.pick(provinces);
      } else {
        employer = employers.sample(random);
      }
      const employerKind = this.kindOf(employer);
      const roles = ROLES[employerKind];
      const role = random.int(roles.length);
      const connector = (employerKind === 'Network' || employerKind === 'SupportProgramme') && role < 2;
      this.employer[i] = employer;
      this.role[i] = role;
      this.mun[i] = this.mun[employer] >= 0 ? this.mun[employer] : places.sample(random);
      // Persons carry up to two of their employer's themes.
      const employerThemes = this.themes[employer];
      let mask = 0;
      for (let t = 0, taken = 0; t < THEMES.length && taken < 2; t++) {
        if (employerThemes & (1 << t)) {
          mask |= 1 << t;
          taken++;
        }
      }
      this.themes[i] = mask;
      this.fitness[i] = (connector ? 3 : 1) * random.pareto(2.0, 60);
    }
  }

  private createEvents(): void {
    const random = Prng.stream(this.seed, 'world:events');
    const seats = this.municipalitySampler(SEAT_WEIGHTS);
    const firstDay = Date.UTC(2018, 0, 1) / 86_400_000;
    const lastDay = Date.parse(`${AS_OF_DATE}T00:00:00Z`) / 86_400_000;
    const organisersIn = (kind: NodeKind) =>
      [0, 1, 2].map(
        (p) =>
          new WeightedSampler(
            Array.from(this.indicesOf(kind)).filter((i) => this.reach(i) & (1 << p)),
            (i) => this.fitness[i],
          ),
      );
    const networks = organisersIn('Network');
    const programmes = organisersIn('SupportProgramme');
    const institutes = organisersIn('KnowledgeInstitution');
    for (const i of this.indicesOf('Event')) {
      const m = seats.sample(random);
      const p = PROVINCE_OF_MUNICIPALITY[m];
      this.mun[i] = m;
      this.themes[i] = this.drawThemes(random, p, [50, 50]);
      this.fitness[i] = random.pareto(1.4, 40);
      const organisers: number[] = [];
      const wanted = random.chance(0.3) ? 2 : 1;
      for (let attempt = 0; organisers.length < wanted && attempt < 10; attempt++) {
        const which = random.weightedIndex([60, 20, 10, 10]);
        const pool = [networks, programmes, institutes][which]?.[p];
        const organiser = pool ? pool.sample(random) : this.start.Municipality + m;
        if (organiser >= 0 && !organisers.includes(organiser)) organisers.push(organiser);
      }
      this.events.set(i, { day: firstDay + random.int(lastDay - firstDay + 1), organisers });
    }
  }
}
