/**
 * The second phase: turns a node of the world into the object the store takes (NodeInput).
 * Details that no relationship depends on (names, products, asks, labels) are drawn from a
 * stream of the node's own (seed, index), so any node can be built alone, in any order, and
 * always comes out the same.
 */
import {
  ECOSYSTEM_DOMAINS,
  EcosystemDomain,
  FinanceInstrument,
  LABELS,
  MUNICIPALITIES,
  NodeInput,
  PROVINCE_NAMES,
  PROVINCES,
  STAGES,
  THEME_LABELS,
  Theme,
  THEMES,
} from '@koppel/domain';
import { Prng } from './prng';
import {
  CATEGORIES_BY_THEME,
  EVENT_FORMS,
  FINANCE_ASK,
  FINANCE_PURPOSES,
  FIRST_NAMES,
  FUND_FORMS,
  KNOWLEDGE_FORMS,
  LAST_NAMES,
  LEGAL_FORMS_CONSTRUCTIVE,
  LEGAL_FORMS_SOCIAL,
  MARKET_ASKS,
  NAME_STEMS,
  NAME_SUFFIXES,
  NEED_TEMPLATES,
  NETWORK_FORMS,
  PROCUREMENT_CATEGORIES,
  PRODUCTS,
  ROLES,
  SUPPORT_FORMS,
} from './vocabulary';
import { KIND_ORDER, PROVINCE_OF_MUNICIPALITY, World } from './world';

const ID_PREFIX: Record<string, string> = {
  Network: 'network',
  KnowledgeInstitution: 'ki',
  SupportProgramme: 'support',
  Fund: 'fund',
  Purchaser: 'purchaser',
  Entrepreneur: 'ent',
  Person: 'person',
  Event: 'event',
};

const PROVINCE_BODY_NAMES = ['Provincie Groningen', 'Provinsje Fryslân', 'Provincie Drenthe'];

const INSTRUMENT_NL: Record<FinanceInstrument, string> = {
  LOAN: 'Lening',
  EQUITY: 'Investering (aandelen)',
  GUARANTEE: 'Garantstelling',
  GRANT: 'Subsidie',
  RESULT_FINANCING: 'Resultaatfinanciering',
  SOCIAL_IMPACT_BOND: 'Social Impact Bond',
};

/** Dutch thousands separators without ICU, so the text is the same on every Node build. */
export function euros(amount: number): string {
  return `€${String(Math.round(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;
}

function themesOf(mask: number): Theme[] {
  return THEMES.filter((_, t) => mask & (1 << t));
}

function nl(theme: Theme): string {
  return THEME_LABELS[theme].nl;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? key);
}

/** Plain ASCII for e-mail addresses: "Sietske de Vries" -> "sietske.devries". */
function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

export class NodeFactory {
  private readonly idWidth: number;
  private readonly source: string;

  constructor(private readonly world: World) {
    const largest = Math.max(...KIND_ORDER.map((k) => world.count[k]));
    this.idWidth = Math.max(4, String(largest).length);
    this.source = `fictional: synthetic ecosystem (Koppel scale generator, seed ${world.seed})`;
  }

  /** The id of node i: `province:<code>`, `municipality:<code>`, else `<prefix>:syn-<number>`. */
  id(i: number): string {
    const w = this.world;
    const kind = w.kindOf(i);
    if (kind === 'Province') return `province:${PROVINCES[i].toLowerCase()}`;
    if (kind === 'Municipality') return `municipality:${MUNICIPALITIES[w.mun[i]].code}`;
    return `${ID_PREFIX[kind]}:syn-${String(w.ordinalOf(i) + 1).padStart(this.idWidth, '0')}`;
  }

  /** Every id in node order; the relationships phase looks ends up here instead of rebuilding strings. */
  allIds(): string[] {
    const ids = new Array<string>(this.world.total);
    for (let i = 0; i < ids.length; i++) ids[i] = this.id(i);
    return ids;
  }

  node(i: number): NodeInput {
    const w = this.world;
    const random = Prng.stream(w.seed, 'node', i);
    switch (w.kindOf(i)) {
      case 'Province':
        return this.province(i);
      case 'Municipality':
        return this.municipality(i, random);
      case 'Network':
        return this.network(i, random);
      case 'KnowledgeInstitution':
        return this.institute(i, random);
      case 'SupportProgramme':
        return this.programme(i, random);
      case 'Fund':
        return this.fund(i, random);
      case 'Purchaser':
        return this.purchaser(i, random);
      case 'Entrepreneur':
        return this.entrepreneur(i, random);
      case 'Person':
        return this.person(i, random);
      case 'Event':
        return this.event(i, random);
    }
  }

  private town(i: number): string {
    return MUNICIPALITIES[this.world.mun[i]].mainTown;
  }

  private municipalityCode(i: number): string | undefined {
    const m = this.world.mun[i];
    return m >= 0 ? MUNICIPALITIES[m].code : undefined;
  }

  private regionsOf(i: number): (typeof PROVINCES)[number][] {
    const reach = this.world.reach(i);
    return PROVINCES.filter((_, p) => reach & (1 << p));
  }

  private regionName(i: number): string {
    const reach = this.world.reach(i);
    if (reach === 0b111) return 'Noord-Nederland';
    const p = PROVINCES.findIndex((_, q) => reach === 1 << q);
    return PROVINCE_NAMES[PROVINCES[p]];
  }

  private coinedName(random: Prng): string {
    return `${random.pick(NAME_STEMS)}${random.pick(NAME_SUFFIXES)}`;
  }

  private province(i: number): NodeInput {
    return {
      id: this.id(i),
      kind: 'Province',
      name: PROVINCE_BODY_NAMES[i],
      province: PROVINCES[i],
      offers: ['MARKET_POLICY', 'FINANCE'],
      source: 'public fact: one of the three provinces of Noord-Nederland',
      illustrative: false,
    };
  }

  private municipality(i: number, random: Prng): NodeInput {
    const m = MUNICIPALITIES[this.world.mun[i]];
    // Larger municipalities more often have a policy for impact entrepreneurship (illustrative).
    const size = Math.min(1, this.world.fitness[i] / 7);
    const flag = (base: number) => random.chance(base + 0.6 * size);
    return {
      id: this.id(i),
      kind: 'Municipality',
      name: `Gemeente ${m.name}`,
      municipality: m.code,
      description: `Gemeente ${m.name}, hoofdplaats ${m.mainTown}, provincie ${PROVINCE_NAMES[m.province]}.`,
      offers: ['MARKET_POLICY'],
      policy: {
        actionProgramme: flag(0.1),
        desk: flag(0.3),
        socialProcurementPolicy: flag(0.4),
        reservedContracts: flag(0.1),
        challenges: flag(0.05),
      },
      illustrative: true,
      source: 'public fact: municipality of Noord-Nederland; policy flags synthetic (Koppel scale generator)',
    };
  }

  private network(i: number, random: Prng): NodeInput {
    const w = this.world;
    const focus = THEMES[w.focus[i]];
    const scope = w.networkScope.get(i);
    const place = scope === 'local' ? this.town(i) : this.regionName(i);
    const themes = [focus, ...themesOf(w.themes[i]).filter((t) => t !== focus)];
    const offers: EcosystemDomain[] = ['NETWORK'];
    if (random.chance(0.4)) offers.push(random.chance(0.5) ? 'KNOWLEDGE' : 'BUSINESS_SUPPORT');
    return {
      id: this.id(i),
      kind: 'Network',
      name: `${random.pick(NETWORK_FORMS)} ${capitalise(nl(focus))} ${place}`,
      description: `${scope === 'local' ? 'Lokaal' : scope === 'provincial' ? 'Provinciaal' : 'Noordelijk'} netwerk van ondernemers, inkopers en beleidsmakers rond ${nl(focus)}. Fictief (synthetisch).`,
      municipality: this.municipalityCode(i),
      regions: this.regionsOf(i),
      themes,
      offers,
      illustrative: true,
      source: this.source,
    };
  }

  private institute(i: number, random: Prng): NodeInput {
    const themes = themesOf(this.world.themes[i]);
    const subject = themes.length > 0 ? capitalise(nl(themes[0])) : 'Impactondernemen';
    return {
      id: this.id(i),
      kind: 'KnowledgeInstitution',
      name: `${random.pick(KNOWLEDGE_FORMS)} ${subject} ${this.town(i)}`,
      description: `Onderzoek, studenten en impactmeting voor ondernemers${themes.length > 0 ? ` rond ${themes.map(nl).join(', ')}` : ''}. Fictief (synthetisch).`,
      municipality: this.municipalityCode(i),
      regions: this.regionsOf(i),
      themes,
      offers: random.chance(0.6) ? ['KNOWLEDGE', 'HUMAN_CAPITAL'] : ['KNOWLEDGE'],
      illustrative: true,
      source: this.source,
    };
  }

  private programme(i: number, random: Prng): NodeInput {
    const offers: EcosystemDomain[] = ['BUSINESS_SUPPORT'];
    if (random.chance(0.4)) offers.push('NETWORK');
    if (random.chance(0.1)) offers.push('FINANCE');
    return {
      id: this.id(i),
      kind: 'SupportProgramme',
      name: `${random.pick(SUPPORT_FORMS)} ${this.coinedName(random)} ${this.town(i)}`,
      description: 'Coaching, een werkplek en een netwerk voor beginnende en groeiende impactondernemers. Fictief (synthetisch).',
      municipality: this.municipalityCode(i),
      regions: this.regionsOf(i),
      themes: themesOf(this.world.themes[i]),
      offers,
      illustrative: true,
      source: this.source,
    };
  }

  private fund(i: number, random: Prng): NodeInput {
    const w = this.world;
    const profile = w.funds.get(i);
    if (!profile) throw new Error(`no fund profile for node ${i}`);
    const where = profile.national ? this.coinedName(random) : `${this.coinedName(random)} ${this.regionName(i)}`;
    return {
      id: this.id(i),
      kind: 'Fund',
      name: `${random.pick(FUND_FORMS)} ${where}`,
      description: `${profile.national ? 'Landelijk' : 'Regionaal'} fonds: ${profile.instruments.map((x) => INSTRUMENT_NL[x].toLowerCase()).join(', ')} van ${euros(profile.ticketMinEur)} tot ${euros(profile.ticketMaxEur)}. Fictief (synthetisch).`,
      municipality: this.municipalityCode(i),
      regions: this.regionsOf(i),
      themes: themesOf(w.themes[i]),
      offers: ['FINANCE'],
      instruments: profile.instruments,
      ticketMinEur: profile.ticketMinEur,
      ticketMaxEur: profile.ticketMaxEur,
      stages: profile.stages,
      socialOnly: profile.socialOnly,
      openForApplications: profile.openForApplications,
      illustrative: true,
      source: this.source,
    };
  }

  private purchaser(i: number, random: Prng): NodeInput {
    const w = this.world;
    const profile = w.purchasers.get(i);
    if (!profile) throw new Error(`no purchaser profile for node ${i}`);
    const m = MUNICIPALITIES[w.mun[i]];
    const teams = ['Sociaal Domein', 'Ruimte en Wonen', 'Facilitair', 'Werk en Inkomen', 'Openbare Ruimte'];
    /** The main purchasing department, or one of its teams: "Gemeente Emmen, team Facilitair 2". */
    const department = (body: string) =>
      profile.ordinal === 0
        ? `Inkoop ${body}`
        : `${body}, team ${teams[(profile.ordinal - 1) % teams.length]}${profile.ordinal > teams.length ? ` ${Math.ceil(profile.ordinal / teams.length)}` : ''}`;
    let name: string;
    switch (profile.type) {
      case 'MUNICIPALITY':
        name = department(`Gemeente ${m.name}`);
        break;
      case 'PROVINCE':
        name = department(PROVINCE_BODY_NAMES[PROVINCE_OF_MUNICIPALITY[w.mun[i]]]);
        break;
      case 'HOSPITAL':
        name = `Zorggroep ${random.pick(NAME_STEMS)}land ${m.mainTown}`;
        break;
      case 'HOUSING_CORPORATION':
        name = `Woonstichting ${this.coinedName(random)}`;
        break;
      case 'EDUCATION':
        name = `${random.pick(['Scholengroep', 'Onderwijsgroep', 'Vakschool'])} ${this.coinedName(random)} ${m.mainTown}`;
        break;
      case 'COMPANY':
        name = `${random.pick(['Bouwbedrijf', 'Installatiebedrijf', 'Logistiek', 'Facilitair bedrijf', 'Zuivelbedrijf'])} ${this.coinedName(random)}`;
        break;
      default:
        name = `Stichting ${this.coinedName(random)} Welzijn`;
    }
    const categories = profile.categories.map((c) => PROCUREMENT_CATEGORIES[c].name);
    const openQuestions: string[] = [];
    if (random.chance(0.4)) {
      const theme = nl(PROCUREMENT_CATEGORIES[profile.categories[0]].themes[0]);
      openQuestions.push(`Synthetisch: wie levert ${categories[0]} met aandacht voor ${theme} in ${m.mainTown} en omgeving?`);
    }
    return {
      id: this.id(i),
      kind: 'Purchaser',
      name,
      purchaserType: profile.type,
      municipality: m.code,
      description: 'Inkopende organisatie met ruimte voor sociaal en circulair inkopen. Fictief (synthetisch).',
      themes: themesOf(w.themes[i]),
      offers: ['MARKET_POLICY'],
      categories,
      procurementInstruments: profile.instruments,
      openQuestions,
      illustrative: true,
      source: this.source,
    };
  }

  private entrepreneur(i: number, random: Prng): NodeInput {
    const w = this.world;
    const social = w.social[i] === 1;
    const stage = STAGES[w.stage[i]];
    const themes = themesOf(w.themes[i]);
    // The primary theme (drawn first) is not necessarily the lowest bit; keep the domain order but
    // let products follow every theme.
    const productPool = themes.flatMap((t) => PRODUCTS[t]);
    const products = random.sample(productPool, random.between(1, 3));
    const sdgs = [...new Set(themes.flatMap((t) => THEME_LABELS[t].sdgs))].sort((a, b) => a - b);
    const town = this.town(i);
    const form = random.pick(social ? LEGAL_FORMS_SOCIAL : LEGAL_FORMS_CONSTRUCTIVE);
    let name = fill(form, { name: this.coinedName(random) });
    if (random.chance(0.3)) name += ` ${town}`;

    const labels = new Set<(typeof LABELS)[number]>();
    if (social && random.chance(0.35)) labels.add('CODE_SOCIAAL_ONDERNEMEN');
    if (random.chance(social ? 0.25 : 0.1)) labels.add(themes.includes('LABOUR_PARTICIPATION') && random.chance(0.4) ? 'PSO_30_PLUS' : 'PSO');
    if (random.chance(social ? 0.15 : 0.2)) labels.add('MVO_CERTIFICAAT');
    if (random.chance(0.05)) labels.add('B_CORP');

    const offers: EcosystemDomain[] = [];
    if (themes.includes('LABOUR_PARTICIPATION') && random.chance(0.6)) offers.push('HUMAN_CAPITAL');
    if (random.chance(0.2)) offers.push('KNOWLEDGE');
    if (random.chance(0.1)) offers.push('NETWORK');

    return {
      id: this.id(i),
      kind: 'Entrepreneur',
      name,
      municipality: this.municipalityCode(i),
      enterpriseKind: social ? 'SOCIAL' : 'CONSTRUCTIVE',
      stage,
      foundedYear: w.founded[i],
      description: `${social ? 'Sociale onderneming' : 'Onderneming'} in ${town} die werkt aan ${themes.map(nl).join(', ')}. Fictief (synthetisch).`,
      themes,
      sdgs,
      products,
      labels: LABELS.filter((l) => labels.has(l)),
      offers: ECOSYSTEM_DOMAINS.filter((d) => offers.includes(d)),
      needs: this.needs(i, random, products, themes),
      visibleForMatchmaking: random.chance(0.97),
      illustrative: true,
      source: this.source,
    };
  }

  private needs(i: number, random: Prng, products: string[], themes: Theme[]) {
    const w = this.world;
    const stage = STAGES[w.stage[i]];
    const social = w.social[i] === 1;
    // What enterprises lack most: money and customers; beginners also support, the established staff.
    const weights: Record<EcosystemDomain, number> = {
      FINANCE: 30,
      MARKET_POLICY: stage === 'IDEA' ? 12 : 28,
      BUSINESS_SUPPORT: stage === 'IDEA' || stage === 'STARTUP' ? 22 : 8,
      NETWORK: 12,
      KNOWLEDGE: 9,
      HUMAN_CAPITAL: stage === 'ESTABLISHED' || stage === 'SCALEUP' ? 15 : 6,
    };
    const wanted = 1 + random.weightedIndex([40, 40, 20]);
    const domains: EcosystemDomain[] = [];
    for (let attempt = 0; domains.length < wanted && attempt < 10; attempt++) {
      const d = ECOSYSTEM_DOMAINS[random.weightedIndex(ECOSYSTEM_DOMAINS.map((x) => weights[x]))];
      if (!domains.includes(d)) domains.push(d);
    }
    const values = {
      product: products[0],
      theme: nl(themes[0]),
      town: this.town(i),
      province: PROVINCE_NAMES[PROVINCES[w.provinceOf(i)]],
    };
    return ECOSYSTEM_DOMAINS.filter((d) => domains.includes(d)).map((domain) => {
      if (domain === 'FINANCE') {
        const [min, max] = FINANCE_ASK[stage];
        const amountEur = Math.max(5_000, Math.round(random.logUniform(min, max) / 5_000) * 5_000);
        const choices: FinanceInstrument[] =
          stage === 'IDEA' ? ['GRANT', 'LOAN'] : stage === 'STARTUP' ? ['LOAN', 'EQUITY', 'GRANT'] : social ? ['LOAN', 'GUARANTEE', 'RESULT_FINANCING'] : ['LOAN', 'EQUITY', 'GUARANTEE'];
        const instrument = random.pick(choices);
        return {
          domain,
          description: `${INSTRUMENT_NL[instrument]} van ${euros(amountEur)} voor ${fill(random.pick(FINANCE_PURPOSES), values)}`,
          amountEur,
          instrument,
        };
      }
      if (domain === 'MARKET_POLICY') {
        const fitting = CATEGORIES_BY_THEME[THEMES.indexOf(themes[0])];
        const category = PROCUREMENT_CATEGORIES[fitting.length > 0 ? random.pick(fitting) : random.int(PROCUREMENT_CATEGORIES.length)].name;
        return { domain, description: fill(random.pick(MARKET_ASKS), { ...values, category }), category };
      }
      return { domain, description: fill(random.pick(NEED_TEMPLATES[domain]), values) };
    });
  }

  private person(i: number, random: Prng): NodeInput {
    const w = this.world;
    const employer = w.employer[i];
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    return {
      id: this.id(i),
      kind: 'Person',
      name: `${first} ${last}`,
      role: ROLES[w.kindOf(employer)][w.role[i]],
      municipality: this.municipalityCode(i),
      // Numbered, so no two fictional persons share an address; example.org never delivers mail.
      email: `${asciiSlug(first)}.${asciiSlug(last)}.${w.ordinalOf(i) + 1}@example.org`,
      themes: themesOf(w.themes[i]),
      description: 'Fictieve contactpersoon (synthetisch).',
      illustrative: true,
      source: this.source,
    };
  }

  private event(i: number, random: Prng): NodeInput {
    const w = this.world;
    const profile = w.events.get(i);
    if (!profile) throw new Error(`no event profile for node ${i}`);
    const date = new Date(profile.day * 86_400_000).toISOString().slice(0, 10);
    const themes = themesOf(w.themes[i]);
    return {
      id: this.id(i),
      kind: 'Event',
      name: `${random.pick(EVENT_FORMS)} ${nl(themes[0])} ${this.town(i)} ${date.slice(0, 4)}`,
      date,
      municipality: this.municipalityCode(i),
      description: `Ontmoeting van impactondernemers, inkopers en beleidsmakers rond ${themes.map(nl).join(' en ')}. Fictief (synthetisch).`,
      themes,
      illustrative: true,
      source: this.source,
    };
  }
}
