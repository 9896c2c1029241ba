/**
 * The third phase: the relationships, drawn from the world's typed arrays and yielded one at a
 * time, so a caller can stream a million of them without holding them.
 *
 * The shape comes from three mechanisms:
 * - Heavy tails: every tie picks its ends with probability proportional to the ends' latent
 *   activity (fitness), which is Pareto-distributed (a Chung-Lu / "hidden variable" model).
 *   That gives the same heavy-tailed degree distribution as preferential attachment, with a few
 *   hubs holding very many ties, but in O(log n) per tie and without depending on order.
 * - Regional clustering: the second end of a KNOWS, PARTNERS_WITH or BOUGHT_FROM tie is drawn
 *   from the first end's municipality, else its province, else anywhere, with fixed odds.
 * - Homophily: members pick networks whose focus is one of their themes, partners and event
 *   visitors prefer shared themes, buyers prefer enterprises that fit the category they buy.
 */
import {
  MUNICIPALITIES,
  RELATIONSHIP_TYPES,
  RelationshipInput,
  RelationshipType,
  STAGES,
  THEMES,
} from '@koppel/domain';
import { EdgeSet, packIdentity } from './edge-set';
import { Prng } from './prng';
import { CATEGORIES_BY_THEME, MUNICIPALITY_WEIGHTS, PROCUREMENT_CATEGORIES, ROLES } from './vocabulary';
import { samplersByGroup, WeightedSampler } from './weighted-sampler';
import { AS_OF_DATE, AS_OF_YEAR, FIRST_ACTIVITY_YEAR, World } from './world';

/** Share of the relationships left after the structural ones (LOCATED_IN, PART_OF, WORKS_FOR, ...). KNOWS takes the rest. */
export const RELATIONSHIP_SHARES: readonly [RelationshipType, number][] = [
  ['MEMBER_OF', 0.16],
  ['PARTNERS_WITH', 0.1],
  ['SUPPORTED_BY', 0.08],
  ['FUNDED', 0.05],
  ['BOUGHT_FROM', 0.09],
  ['ATTENDED', 0.06],
];

/** How far the other end of a tie is looked for: own municipality, else own province, else anywhere. */
const LOCALITY = {
  KNOWS: [0.4, 0.3],
  PARTNERS_WITH: [0.35, 0.35],
  BOUGHT_FROM: [0.5, 0.35],
} as const;

/** Candidates per municipality, per province and overall, each drawn in proportion to a weight. */
interface Local {
  byMun: WeightedSampler[];
  byProv: WeightedSampler[];
  all: WeightedSampler;
}

const typeIndex = (type: RelationshipType) => RELATIONSHIP_TYPES.indexOf(type);
/** FUNDED and BOUGHT_FROM carry their year as key; the key slot packs it into the identity. */
const yearSlot = (year: number) => year - 2000 + 1;
const round2 = (x: number) => Math.round(x * 100) / 100;
const THEME_COUNT = THEMES.length;

function randomBit(random: Prng, mask: number): number {
  let bits = 0;
  for (let t = 0; t < THEME_COUNT; t++) if (mask & (1 << t)) bits++;
  let k = random.int(bits);
  for (let t = 0; t < THEME_COUNT; t++) {
    if (mask & (1 << t) && k-- === 0) return t;
  }
  return -1;
}

export class RelationshipFactory {
  private readonly seen: EdgeSet;
  private readonly dates: string[];
  private readonly firstDay: number;
  private made = 0;
  private readonly madeByType = new Map<RelationshipType, number>();
  private cache = new Map<string, unknown>();

  constructor(
    private readonly world: World,
    private readonly ids: readonly string[],
  ) {
    this.seen = new EdgeSet(world.plan.targetRelationships);
    this.firstDay = Date.UTC(FIRST_ACTIVITY_YEAR, 0, 1) / 86_400_000;
    const lastDay = Date.parse(`${AS_OF_DATE}T00:00:00Z`) / 86_400_000;
    this.dates = [];
    for (let d = this.firstDay; d <= lastDay; d++) this.dates.push(new Date(d * 86_400_000).toISOString().slice(0, 10));
  }

  /** How many of each type were made (complete once `all()` has been run to the end). */
  counts(): Record<string, number> {
    return Object.fromEntries(this.madeByType);
  }

  *all(): Generator<RelationshipInput> {
    const w = this.world;
    const target = w.plan.targetRelationships;
    yield* this.track('PART_OF', this.partOf());
    yield* this.track('LOCATED_IN', this.locatedIn());
    yield* this.track('WORKS_FOR', this.worksFor());
    yield* this.track('PURCHASES_FOR', this.purchasesFor());
    yield* this.track('ORGANISED', this.organised());
    const flexible = Math.max(0, target - this.made);
    const budget = (type: RelationshipType) => Math.floor(flexible * (RELATIONSHIP_SHARES.find(([t]) => t === type)?.[1] ?? 0));
    yield* this.track('MEMBER_OF', this.memberOf(budget('MEMBER_OF')));
    yield* this.track('PARTNERS_WITH', this.partnersWith(budget('PARTNERS_WITH')));
    yield* this.track('SUPPORTED_BY', this.supportedBy(budget('SUPPORTED_BY')));
    yield* this.track('FUNDED', this.funded(budget('FUNDED')));
    yield* this.track('BOUGHT_FROM', this.boughtFrom(budget('BOUGHT_FROM')));
    yield* this.track('ATTENDED', this.attended(budget('ATTENDED')));
    // KNOWS last: it takes whatever the others left, so the total lands on the target.
    yield* this.track('KNOWS', this.knows(Math.max(0, target - this.made)));
  }

  private *track(type: RelationshipType, items: Iterable<RelationshipInput>): Generator<RelationshipInput> {
    let n = 0;
    for (const item of items) {
      n++;
      this.made++;
      yield item;
    }
    this.madeByType.set(type, n);
  }

  /** Records the identity; false when this relationship was made already. */
  private fresh(type: RelationshipType, from: number, to: number, year = 0): boolean {
    return this.seen.add(packIdentity(typeIndex(type), year ? yearSlot(year) : 0, from, to));
  }

  /** An attempt budget, so a saturated corner of a small world cannot loop for ever. */
  private attemptsFor(budget: number): number {
    return budget * 30 + 1000;
  }

  // ---------------------------------------------------------------- samplers

  private memo<T>(key: string, build: () => T): T {
    if (!this.cache.has(key)) this.cache.set(key, build());
    return this.cache.get(key) as T;
  }

  private local(ids: ArrayLike<number>, weightOf: (i: number) => number): Local {
    const w = this.world;
    return {
      byMun: samplersByGroup(ids, MUNICIPALITIES.length, (i) => w.mun[i], weightOf),
      byProv: samplersByGroup(ids, 3, (i) => w.provinceOf(i), weightOf),
      all: new WeightedSampler(ids, weightOf),
    };
  }

  private indices(...kinds: Parameters<World['indicesOf']>[0][]): number[] {
    return kinds.flatMap((k) => Array.from(this.world.indicesOf(k)));
  }

  /** Everyone who can know, join and attend: organisations except the public bodies, and persons. */
  private actors(): Local {
    return this.memo('actors', () =>
      this.local(
        this.indices('Network', 'KnowledgeInstitution', 'SupportProgramme', 'Fund', 'Purchaser', 'Entrepreneur', 'Person'),
        (i) => this.world.fitness[i],
      ),
    );
  }

  private partners(): Local {
    const factor: Record<string, number> = { Entrepreneur: 1, Network: 2, KnowledgeInstitution: 2.5, SupportProgramme: 2, Fund: 0.7, Purchaser: 0.8 };
    return this.memo('partners', () =>
      this.local(
        this.indices('Network', 'KnowledgeInstitution', 'SupportProgramme', 'Fund', 'Purchaser', 'Entrepreneur'),
        (i) => this.world.fitness[i] * factor[this.world.kindOf(i)],
      ),
    );
  }

  private entrepreneurs(): Local {
    return this.memo('entrepreneurs', () => this.local(this.indices('Entrepreneur'), (i) => this.world.fitness[i]));
  }

  /** Per province, the organisations of a kind that reach it (their regions), by fitness. */
  private reaching(kind: 'Network' | 'SupportProgramme' | 'KnowledgeInstitution'): WeightedSampler[] {
    return this.memo(`reaching:${kind}`, () =>
      [0, 1, 2].map(
        (p) =>
          new WeightedSampler(
            this.indices(kind).filter((i) => this.world.reach(i) & (1 << p)),
            (i) => this.world.fitness[i],
          ),
      ),
    );
  }

  /**
   * The other end of a tie of node i: from i's municipality with odds pMun, else from its
   * province with odds pProv, else from anywhere (also when i's municipality or province has
   * no other candidate).
   */
  private near(random: Prng, i: number, pMun: number, pProv: number, local: Local): number {
    const w = this.world;
    const roll = random.next();
    const m = w.mun[i];
    if (roll < pMun && m >= 0 && local.byMun[m].size > 1) return local.byMun[m].sample(random);
    const p = w.provinceOf(i);
    if (roll < pMun + pProv && p >= 0 && local.byProv[p].size > 1) return local.byProv[p].sample(random);
    return local.all.sample(random);
  }

  private yearFrom(random: Prng, i: number, earliest: number): number {
    const founded = this.world.founded[i];
    return random.between(Math.min(AS_OF_YEAR, Math.max(earliest, founded)), AS_OF_YEAR);
  }

  /** A date from 2015 to the as-of date, more often recent (density rising linearly). */
  private recentDate(random: Prng): string {
    return this.dates[Math.floor(Math.sqrt(random.next()) * this.dates.length)];
  }

  // ---------------------------------------------------------------- structural

  private *partOf(): Generator<RelationshipInput> {
    const w = this.world;
    for (const i of w.indicesOf('Municipality')) {
      const province = w.start.Province + w.provinceOf(i);
      this.fresh('PART_OF', i, province);
      yield { type: 'PART_OF', from: this.ids[i], to: this.ids[province] };
    }
  }

  private *locatedIn(): Generator<RelationshipInput> {
    const w = this.world;
    for (let i = w.start.Network; i < w.total; i++) {
      if (w.kindOf(i) === 'Person' || w.mun[i] < 0) continue;
      const municipality = w.start.Municipality + w.mun[i];
      this.fresh('LOCATED_IN', i, municipality);
      yield { type: 'LOCATED_IN', from: this.ids[i], to: this.ids[municipality] };
    }
  }

  private *worksFor(): Generator<RelationshipInput> {
    const w = this.world;
    for (const i of w.indicesOf('Person')) {
      const employer = w.employer[i];
      this.fresh('WORKS_FOR', i, employer);
      yield { type: 'WORKS_FOR', from: this.ids[i], to: this.ids[employer], category: ROLES[w.kindOf(employer)][w.role[i]] };
    }
  }

  private *purchasesFor(): Generator<RelationshipInput> {
    for (const [i, profile] of this.world.purchasers) {
      if (profile.buysFor < 0) continue;
      this.fresh('PURCHASES_FOR', i, profile.buysFor);
      yield { type: 'PURCHASES_FOR', from: this.ids[i], to: this.ids[profile.buysFor] };
    }
  }

  private *organised(): Generator<RelationshipInput> {
    for (const [event, profile] of this.world.events) {
      for (const organiser of profile.organisers) {
        if (!this.fresh('ORGANISED', organiser, event)) continue;
        yield { type: 'ORGANISED', from: this.ids[organiser], to: this.ids[event] };
      }
    }
  }

  // ---------------------------------------------------------------- drawn

  /** Members pick a network that focuses on one of their themes in their province (mostly), any in their province, or any. */
  private *memberOf(budget: number): Generator<RelationshipInput> {
    const w = this.world;
    const random = Prng.stream(w.seed, 'rel:MEMBER_OF');
    const actors = this.actors();
    const networks = this.indices('Network');
    const weight = (i: number) => w.fitness[i];
    const byThemeProv = THEMES.map((_, t) =>
      [0, 1, 2].map((p) => new WeightedSampler(networks.filter((n) => w.focus[n] === t && w.reach(n) & (1 << p)), weight)),
    );
    const byProv = this.reaching('Network');
    const all = new WeightedSampler(networks, weight);
    let made = 0;
    for (let attempt = 0; made < budget && attempt < this.attemptsFor(budget); attempt++) {
      const member = actors.all.sample(random);
      const p = w.provinceOf(member);
      const roll = random.next();
      let network = -1;
      if (roll < 0.65 && w.themes[member] !== 0 && p >= 0) network = byThemeProv[randomBit(random, w.themes[member])][p].sample(random);
      if (network < 0 && roll < 0.9 && p >= 0) network = byProv[p].sample(random);
      if (network < 0) network = all.sample(random);
      if (network === member || !this.fresh('MEMBER_OF', member, network)) continue;
      made++;
      yield { type: 'MEMBER_OF', from: this.ids[member], to: this.ids[network], year: this.yearFrom(random, member, 2010) };
    }
  }

  private *partnersWith(budget: number): Generator<RelationshipInput> {
    const w = this.world;
    const random = Prng.stream(w.seed, 'rel:PARTNERS_WITH');
    const partners = this.partners();
    const [pMun, pProv] = LOCALITY.PARTNERS_WITH;
    let made = 0;
    for (let attempt = 0; made < budget && attempt < this.attemptsFor(budget); attempt++) {
      const a = partners.all.sample(random);
      let b = this.near(random, a, pMun, pProv, partners);
      if (w.themes[a] !== 0 && random.chance(0.6)) {
        for (let tries = 0; tries < 6 && (w.themes[a] & w.themes[b]) === 0; tries++) b = this.near(random, a, pMun, pProv, partners);
      }
      if (a === b || !this.fresh('PARTNERS_WITH', Math.min(a, b), Math.max(a, b))) continue;
      made++;
      const earliest = Math.max(2010, w.founded[a], w.founded[b]);
      yield { type: 'PARTNERS_WITH', from: this.ids[a], to: this.ids[b], year: random.between(Math.min(earliest, AS_OF_YEAR), AS_OF_YEAR) };
    }
  }

  /** Beginners look for support most: programmes and incubators, institutes, networks, their municipality or province. */
  private *supportedBy(budget: number): Generator<RelationshipInput> {
    const w = this.world;
    const random = Prng.stream(w.seed, 'rel:SUPPORTED_BY');
    const stageNeed = [2, 2, 1, 0.5];
    const seekers = new WeightedSampler(this.indices('Entrepreneur'), (i) => stageNeed[w.stage[i]] * Math.sqrt(w.fitness[i]));
    const programmes = this.reaching('SupportProgramme');
    const institutes = this.reaching('KnowledgeInstitution');
    const networks = this.reaching('Network');
    let made = 0;
    for (let attempt = 0; made < budget && attempt < this.attemptsFor(budget); attempt++) {
      const e = seekers.sample(random);
      const p = w.provinceOf(e);
      let supporter: number;
      switch (random.weightedIndex([55, 15, 12, 14, 4])) {
        case 0:
          supporter = programmes[p].sample(random);
          break;
        case 1:
          supporter = institutes[p].sample(random);
          break;
        case 2:
          supporter = networks[p].sample(random);
          break;
        case 3:
          supporter = w.start.Municipality + w.mun[e];
          break;
        default:
          supporter = w.start.Province + p;
      }
      if (supporter < 0 || !this.fresh('SUPPORTED_BY', e, supporter)) continue;
      made++;
      yield { type: 'SUPPORTED_BY', from: this.ids[e], to: this.ids[supporter], year: this.yearFrom(random, e, 2012) };
    }
  }

  /**
   * Funds fund what their profile says: an entrepreneur in one of their regions, at one of their
   * stages, social when they fund only social enterprises, sharing a theme when they name
   * themes, with an amount within their ticket range and one of their instruments. Provinces
   * and municipalities add small grants. A follow-on funding in a later year has its year as key.
   */
  private *funded(budget: number): Generator<RelationshipInput> {
    const w = this.world;
    const random = Prng.stream(w.seed, 'rel:FUNDED');
    const entrepreneurs = this.indices('Entrepreneur');
    const bucketOf = (i: number) => w.provinceOf(i) * 8 + w.stage[i] * 2 + w.social[i];
    const buckets = samplersByGroup(entrepreneurs, 24, bucketOf, (i) => w.fitness[i]);
    const funds = new WeightedSampler(this.indices('Fund'), (i) => w.fitness[i]);
    const fundBuckets = new Map<number, WeightedSampler>();
    const bucketsFor = (f: number): WeightedSampler => {
      let sampler = fundBuckets.get(f);
      if (!sampler) {
        const profile = w.funds.get(f);
        const eligible: number[] = [];
        for (let b = 0; b < 24; b++) {
          const p = b >> 3;
          const stage = STAGES[(b >> 1) & 3];
          const social = b & 1;
          if (w.reach(f) & (1 << p) && profile?.stages.includes(stage) && (social === 1 || !profile.socialOnly)) eligible.push(b);
        }
        sampler = new WeightedSampler(eligible, (b) => buckets[b].total);
        fundBuckets.set(f, sampler);
      }
      return sampler;
    };
    const ents = this.entrepreneurs();
    const programmes = this.reaching('SupportProgramme');
    const networks = this.reaching('Network');
    const municipalities = new WeightedSampler(
      MUNICIPALITIES.map((_, m) => m),
      (m) => MUNICIPALITY_WEIGHTS[m],
    );
    const amountIn = (min: number, max: number) => Math.min(max, Math.max(min, Math.round(random.logUniform(Math.max(1, min), max) / 1000) * 1000));

    let made = 0;
    for (let attempt = 0; made < budget && attempt < this.attemptsFor(budget); attempt++) {
      const roll = random.weightedIndex([85, 6, 9]);
      if (roll === 0) {
        const f = funds.sample(random);
        const profile = w.funds.get(f);
        if (!profile) continue;
        const amount = () => amountIn(profile.ticketMinEur, profile.ticketMaxEur);
        if (random.chance(0.08)) {
          // An intermediary: a support programme or network in one of the fund's regions.
          const p = randomBit(random, w.reach(f));
          const target = (random.chance(0.5) ? programmes : networks)[p].sample(random);
          const year = random.between(2014, AS_OF_YEAR);
          if (target < 0 || !this.fresh('FUNDED', f, target, year)) continue;
          made++;
          const instrument = profile.instruments.includes('GRANT') ? 'GRANT' : random.pick(profile.instruments);
          yield { type: 'FUNDED', key: String(year), from: this.ids[f], to: this.ids[target], amountEur: amount(), year, instrument };
          continue;
        }
        const bucket = bucketsFor(f).sample(random);
        if (bucket < 0) continue;
        let e = buckets[bucket].sample(random);
        if (w.themes[f] !== 0) {
          for (let tries = 0; tries < 8 && (w.themes[e] & w.themes[f]) === 0; tries++) e = buckets[bucket].sample(random);
          if ((w.themes[e] & w.themes[f]) === 0) continue;
        }
        let year = this.yearFrom(random, e, 2014);
        if (!this.fresh('FUNDED', f, e, year)) continue;
        made++;
        yield { type: 'FUNDED', key: String(year), from: this.ids[f], to: this.ids[e], amountEur: amount(), year, instrument: random.pick(profile.instruments) };
        // Follow-on rounds from the same fund in later years.
        while (made < budget && year < AS_OF_YEAR && random.chance(0.2)) {
          year = random.between(year + 1, AS_OF_YEAR);
          if (!this.fresh('FUNDED', f, e, year)) break;
          made++;
          yield { type: 'FUNDED', key: String(year), from: this.ids[f], to: this.ids[e], amountEur: amount(), year, instrument: random.pick(profile.instruments) };
        }
      } else {
        // Public grants: a province to its enterprises, programmes and networks; a municipality to its enterprises.
        const fromProvince = roll === 1;
        const place = fromProvince ? random.int(3) : municipalities.sample(random);
        const from = fromProvince ? w.start.Province + place : w.start.Municipality + place;
        let target: number;
        if (fromProvince && random.chance(0.25)) target = (random.chance(0.5) ? programmes : networks)[place].sample(random);
        else target = fromProvince ? ents.byProv[place].sample(random) : ents.byMun[place].sample(random);
        if (target < 0) continue;
        const year = this.yearFrom(random, target, 2014);
        if (!this.fresh('FUNDED', from, target, year)) continue;
        made++;
        const amountEur = fromProvince ? Math.round(random.logUniform(5_000, 75_000) / 500) * 500 : Math.round(random.logUniform(2_500, 50_000) / 500) * 500;
        yield { type: 'FUNDED', key: String(year), from: this.ids[from], to: this.ids[target], amountEur, year, instrument: 'GRANT' };
      }
    }
  }

  /**
   * Buyers (mostly purchasers, also enterprises, municipalities, institutes and provinces) buy
   * near home, in a category of theirs, preferably from an enterprise whose themes fit it;
   * recurring contracts repeat in the following years (the year is the key).
   */
  private *boughtFrom(budget: number): Generator<RelationshipInput> {
    const w = this.world;
    const random = Prng.stream(w.seed, 'rel:BOUGHT_FROM');
    const ents = this.entrepreneurs();
    const purchasers = new WeightedSampler(this.indices('Purchaser'), (i) => w.fitness[i]);
    const institutes = new WeightedSampler(this.indices('KnowledgeInstitution'), (i) => w.fitness[i]);
    const municipalities = new WeightedSampler(
      MUNICIPALITIES.map((_, m) => m),
      (m) => MUNICIPALITY_WEIGHTS[m],
    );
    const categoryThemes = PROCUREMENT_CATEGORIES.map((c) => c.themes.reduce((mask, t) => mask | (1 << THEMES.indexOf(t)), 0));
    const [pMun, pProv] = LOCALITY.BOUGHT_FROM;
    let made = 0;
    for (let attempt = 0; made < budget && attempt < this.attemptsFor(budget); attempt++) {
      const roll = random.weightedIndex([72, 13, 8, 5, 2]);
      const buyer =
        roll === 0
          ? purchasers.sample(random)
          : roll === 1
            ? ents.all.sample(random)
            : roll === 2
              ? w.start.Municipality + municipalities.sample(random)
              : roll === 3
                ? institutes.sample(random)
                : w.start.Province + random.int(3);
      const profile = w.purchasers.get(buyer);
      const category = profile ? random.pick(profile.categories) : -1;
      let seller = this.near(random, buyer, pMun, pProv, ents);
      if (category >= 0) {
        for (let tries = 0; tries < 5 && (w.themes[seller] & categoryThemes[category]) === 0; tries++) seller = this.near(random, buyer, pMun, pProv, ents);
      }
      if (seller === buyer) continue;
      let year = this.yearFrom(random, seller, FIRST_ACTIVITY_YEAR);
      if (!this.fresh('BOUGHT_FROM', buyer, seller, year)) continue;
      const fitting = CATEGORIES_BY_THEME[randomBit(random, w.themes[seller])] ?? [];
      const categoryName = PROCUREMENT_CATEGORIES[category >= 0 ? category : fitting.length > 0 ? random.pick(fitting) : random.int(PROCUREMENT_CATEGORIES.length)].name;
      const b2b = roll === 1;
      const amount = () => (b2b ? Math.round(random.logUniform(500, 50_000) / 100) * 100 : Math.round(random.logUniform(2_000, 400_000) / 100) * 100);
      made++;
      yield { type: 'BOUGHT_FROM', key: String(year), from: this.ids[buyer], to: this.ids[seller], amountEur: amount(), year, category: categoryName };
      while (made < budget && year < AS_OF_YEAR && random.chance(0.3)) {
        year++;
        if (!this.fresh('BOUGHT_FROM', buyer, seller, year)) break;
        made++;
        yield { type: 'BOUGHT_FROM', key: String(year), from: this.ids[buyer], to: this.ids[seller], amountEur: amount(), year, category: categoryName };
      }
    }
  }

  private *attended(budget: number): Generator<RelationshipInput> {
    const w = this.world;
    const random = Prng.stream(w.seed, 'rel:ATTENDED');
    const actors = this.actors();
    const events = new WeightedSampler(this.indices('Event'), (i) => w.fitness[i]);
    let made = 0;
    for (let attempt = 0; made < budget && attempt < this.attemptsFor(budget); attempt++) {
      const event = events.sample(random);
      const p = w.provinceOf(event);
      const pool = random.chance(0.75) ? actors.byProv[p] : actors.all;
      let visitor = pool.sample(random);
      if (random.chance(0.5)) {
        for (let tries = 0; tries < 4 && (w.themes[visitor] & w.themes[event]) === 0; tries++) visitor = pool.sample(random);
      }
      const year = new Date((w.events.get(event)?.day ?? 0) * 86_400_000).getUTCFullYear();
      // No enterprise visits an event held before it was founded.
      if (w.kindOf(visitor) === 'Entrepreneur' && w.founded[visitor] > year) continue;
      if (!this.fresh('ATTENDED', visitor, event)) continue;
      made++;
      yield { type: 'ATTENDED', from: this.ids[visitor], to: this.ids[event] };
    }
  }

  /** Chung-Lu with locality: both ends in proportion to fitness, the second near the first. */
  private *knows(budget: number): Generator<RelationshipInput> {
    const w = this.world;
    const random = Prng.stream(w.seed, 'rel:KNOWS');
    const actors = this.actors();
    const [pMun, pProv] = LOCALITY.KNOWS;
    let made = 0;
    for (let attempt = 0; made < budget && attempt < this.attemptsFor(budget); attempt++) {
      const a = actors.all.sample(random);
      const b = this.near(random, a, pMun, pProv, actors);
      if (a === b || !this.fresh('KNOWS', Math.min(a, b), Math.max(a, b))) continue;
      made++;
      const sameMunicipality = w.mun[a] === w.mun[b];
      const strength = round2(Math.min(1, 0.1 + 0.75 * Math.pow(random.next(), 1.5) + (sameMunicipality ? 0.1 : 0)));
      yield { type: 'KNOWS', from: this.ids[a], to: this.ids[b], strength, lastActiveAt: this.recentDate(random) };
    }
  }
}
