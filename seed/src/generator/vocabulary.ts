/**
 * The words and weights the generator draws from. Everything here is either public fact used
 * only for weighting (approximate populations) or made up (names, products, asks). Nothing
 * names a real enterprise or a real person.
 */
import { MUNICIPALITIES, Stage, Theme, THEMES } from '@koppel/domain';

/**
 * Approximate inhabitants (thousands, rounded, 2024) of each municipality, only to weight where
 * synthetic organisations are placed.
 */
const POPULATION_THOUSANDS: Record<string, number> = {
  eemsdelta: 45, groningen: 243, 'het-hogeland': 48, 'midden-groningen': 61, oldambt: 39,
  pekela: 12, stadskanaal: 32, veendam: 28, westerkwartier: 66, westerwolde: 26,
  achtkarspelen: 28, ameland: 4, dantumadiel: 19, 'de-fryske-marren': 52, harlingen: 16,
  heerenveen: 51, leeuwarden: 126, 'noardeast-fryslan': 45, ooststellingwerf: 26, opsterland: 30,
  schiermonnikoog: 1, smallingerland: 56, 'sudwest-fryslan': 92, terschelling: 5,
  tytsjerksteradiel: 32, vlieland: 1, waadhoeke: 47, weststellingwerf: 26,
  'aa-en-hunze': 25, assen: 69, 'borger-odoorn': 26, coevorden: 35, 'de-wolden': 24, emmen: 108,
  hoogeveen: 56, meppel: 35, 'midden-drenthe': 33, noordenveld: 32, tynaarlo: 34, westerveld: 20,
};

/**
 * Impact enterprises cluster in the cities (students, incubators, launching customers): the
 * regional centres get more than their share of inhabitants.
 */
const CITY_BOOST: Record<string, number> = {
  groningen: 2.6,
  leeuwarden: 2.0,
  assen: 1.5,
  emmen: 1.4,
  smallingerland: 1.4,
  heerenveen: 1.4,
  'sudwest-fryslan': 1.3,
};

/** Weight of each municipality (index as in MUNICIPALITIES) for placing an organisation. */
export const MUNICIPALITY_WEIGHTS: readonly number[] = MUNICIPALITIES.map(
  (m) => (POPULATION_THOUSANDS[m.code] ?? 10) * (CITY_BOOST[m.code] ?? 1),
);

/** The same, concentrated further, for the seats of networks, institutes and programmes. */
export const SEAT_WEIGHTS: readonly number[] = MUNICIPALITY_WEIGHTS.map((w) => Math.pow(w, 1.5));

/** How common each theme is among impact enterprises, before the province's own accent. */
const THEME_POPULARITY: Record<Theme, number> = {
  ENERGY_TRANSITION: 11,
  CIRCULAR_ECONOMY: 14,
  BIOBASED_MATERIALS: 5,
  HEALTHY_AGEING: 7,
  LABOUR_PARTICIPATION: 14,
  CO2_REDUCTION: 7,
  CARE: 8,
  LONELINESS: 6,
  INEQUALITY: 6,
  CLIMATE_ADAPTATION: 5,
  FOOD: 9,
  EDUCATION: 8,
};

/** Each province's accent (illustrative): energy and healthy ageing in Groningen, circular Fryslân, biobased Drenthe. */
const PROVINCE_THEME_ACCENT: Record<number, Partial<Record<Theme, number>>> = {
  0: { ENERGY_TRANSITION: 1.6, HEALTHY_AGEING: 1.7, EDUCATION: 1.2 },
  1: { CIRCULAR_ECONOMY: 1.7, FOOD: 1.3, CLIMATE_ADAPTATION: 1.4 },
  2: { BIOBASED_MATERIALS: 1.6, CARE: 1.3, LABOUR_PARTICIPATION: 1.2 },
};

/** Theme weights (index as in THEMES) per province index (0 Groningen, 1 Fryslân, 2 Drenthe; 3 = none). */
export const THEME_WEIGHTS_BY_PROVINCE: readonly (readonly number[])[] = [0, 1, 2, 3].map((p) =>
  THEMES.map((t) => THEME_POPULARITY[t] * (PROVINCE_THEME_ACCENT[p]?.[t] ?? 1)),
);

/** Themes that often go together in one enterprise. */
export const RELATED_THEMES: Record<Theme, readonly Theme[]> = {
  ENERGY_TRANSITION: ['CO2_REDUCTION', 'CLIMATE_ADAPTATION', 'INEQUALITY'],
  CIRCULAR_ECONOMY: ['BIOBASED_MATERIALS', 'CO2_REDUCTION', 'LABOUR_PARTICIPATION', 'FOOD'],
  BIOBASED_MATERIALS: ['CIRCULAR_ECONOMY', 'CO2_REDUCTION'],
  HEALTHY_AGEING: ['CARE', 'LONELINESS'],
  LABOUR_PARTICIPATION: ['INEQUALITY', 'CIRCULAR_ECONOMY', 'FOOD', 'EDUCATION'],
  CO2_REDUCTION: ['ENERGY_TRANSITION', 'CLIMATE_ADAPTATION', 'CIRCULAR_ECONOMY'],
  CARE: ['HEALTHY_AGEING', 'LONELINESS', 'LABOUR_PARTICIPATION'],
  LONELINESS: ['HEALTHY_AGEING', 'CARE', 'INEQUALITY'],
  INEQUALITY: ['LABOUR_PARTICIPATION', 'EDUCATION', 'LONELINESS'],
  CLIMATE_ADAPTATION: ['CO2_REDUCTION', 'FOOD', 'ENERGY_TRANSITION'],
  FOOD: ['CIRCULAR_ECONOMY', 'LABOUR_PARTICIPATION', 'CLIMATE_ADAPTATION'],
  EDUCATION: ['INEQUALITY', 'LABOUR_PARTICIPATION'],
};

/** What an enterprise with this theme typically sells. */
export const PRODUCTS: Record<Theme, readonly string[]> = {
  ENERGY_TRANSITION: ['zonnepanelen op maatschappelijk vastgoed', 'energiecoaching voor huurders', 'warmtepompadvies', 'buurtbatterijen', 'isolatie van woningen'],
  CIRCULAR_ECONOMY: ['refurbished laptops', 'hergebruikt kantoormeubilair', 'reparatiediensten', 'textielrecycling', 'circulaire bouwmaterialen'],
  BIOBASED_MATERIALS: ['vlasvezelplaten', 'hennepbeton', 'biobased verpakkingen', 'isolatie van stro', 'mycelium-producten'],
  HEALTHY_AGEING: ['valpreventietrainingen', 'beweegprogramma voor ouderen', 'slimme thuiszorgtechniek', 'gezond-ouder-worden-coaching'],
  LABOUR_PARTICIPATION: ['leerwerkplekken', 'schoonmaakdiensten', 'groenonderhoud', 'fietsonderhoud', 'inpak- en montagewerk'],
  CO2_REDUCTION: ['deelauto’s', 'elektrische bezorging', 'CO2-rapportages voor mkb', 'duurzame logistiek'],
  CARE: ['dagbesteding', 'zorgboerderij', 'begeleid wonen', 'respijtzorg'],
  LONELINESS: ['buurtmaaltijden', 'maatjesprogramma', 'ontmoetingscafé', 'belcirkel voor ouderen'],
  INEQUALITY: ['schuldhulpcoaching', 'taalcursussen', 'betaalbare kinderopvang', 'energiearmoede-aanpak'],
  CLIMATE_ADAPTATION: ['groene daken', 'regenwateropvang', 'tegels-eruit-tuinen', 'waterberging op bedrijventerreinen'],
  FOOD: ['lunchcatering', 'groentepakketten', 'streekproducten', 'voedselbosproducten', 'zuivel van de kwelder'],
  EDUCATION: ['bijlessen', 'techniekles voor scholen', 'ondernemerschapsonderwijs', 'digitale vaardigheden'],
};

/** Procurement categories a buyer may put out, and the themes of the enterprises that fit them. */
export const PROCUREMENT_CATEGORIES: readonly { name: string; themes: readonly Theme[] }[] = [
  { name: 'verduurzaming maatschappelijk vastgoed', themes: ['ENERGY_TRANSITION', 'CO2_REDUCTION'] },
  { name: 'energiecoaching en -advies', themes: ['ENERGY_TRANSITION', 'INEQUALITY'] },
  { name: 'circulaire kantoorinrichting', themes: ['CIRCULAR_ECONOMY', 'BIOBASED_MATERIALS'] },
  { name: 'ICT-hardware en refurbished', themes: ['CIRCULAR_ECONOMY'] },
  { name: 'afvalinzameling en recycling', themes: ['CIRCULAR_ECONOMY', 'LABOUR_PARTICIPATION'] },
  { name: 'biobased bouwmaterialen', themes: ['BIOBASED_MATERIALS', 'CO2_REDUCTION'] },
  { name: 'zorg en welzijn thuis', themes: ['CARE', 'HEALTHY_AGEING', 'LONELINESS'] },
  { name: 'dagbesteding', themes: ['CARE', 'LABOUR_PARTICIPATION'] },
  { name: 'welzijnsactiviteiten in de wijk', themes: ['LONELINESS', 'INEQUALITY', 'HEALTHY_AGEING'] },
  { name: 're-integratiediensten', themes: ['LABOUR_PARTICIPATION', 'INEQUALITY'] },
  { name: 'schoonmaak', themes: ['LABOUR_PARTICIPATION'] },
  { name: 'groenonderhoud', themes: ['LABOUR_PARTICIPATION', 'CLIMATE_ADAPTATION'] },
  { name: 'mobiliteit en logistiek', themes: ['CO2_REDUCTION', 'ENERGY_TRANSITION'] },
  { name: 'vergroening en waterberging', themes: ['CLIMATE_ADAPTATION'] },
  { name: 'catering en evenementen', themes: ['FOOD', 'LABOUR_PARTICIPATION'] },
  { name: 'voedselpakketten en streekproducten', themes: ['FOOD'] },
  { name: 'onderwijs en training', themes: ['EDUCATION', 'INEQUALITY'] },
  { name: 'schuldhulpverlening', themes: ['INEQUALITY'] },
];

/** Categories (indices into PROCUREMENT_CATEGORIES) that fit each theme. */
export const CATEGORIES_BY_THEME: readonly (readonly number[])[] = THEMES.map((t) =>
  PROCUREMENT_CATEGORIES.flatMap((c, i) => (c.themes.includes(t) ? [i] : [])),
);

/** Word parts for made-up enterprise names. */
export const NAME_STEMS = [
  'Zon', 'Wind', 'Groen', 'Wad', 'Terp', 'Veen', 'Klaver', 'Kiem', 'Bron', 'Linde', 'Eik', 'Berk', 'Dijk',
  'Hunze', 'Kwelder', 'Mare', 'Weide', 'Akker', 'Vlas', 'Riet', 'Lis', 'Noorder', 'Kompas', 'Brug', 'Stroom',
  'Wiel', 'Draad', 'Hout', 'Klei', 'Zand', 'Vonk', 'Golf', 'Haven', 'Tuin', 'Spoor', 'Anker', 'Esch',
  'Wierde', 'Zwaluw', 'Meeuw', 'Kievit', 'Otter', 'Bever', 'Distel', 'Heide', 'Boei', 'Loods', 'Molen',
];
export const NAME_SUFFIXES = [
  'werk', 'kracht', 'hof', 'huis', 'lab', 'kring', 'plaats', 'makers', 'fabriek', 'lokaal', 'collectief',
  'werkplaats', 'atelier', 'stroom', 'zaak', 'kamer', 'keuken', 'winkel', 'erf', 'schuur', 'bouw', 'veld',
];
export const LEGAL_FORMS_SOCIAL = ['Stichting {name}', '{name} Coöperatie', 'Coöperatie {name}', '{name}', '{name} B.V.'];
export const LEGAL_FORMS_CONSTRUCTIVE = ['{name} B.V.', '{name}', '{name} Noord', '{name} & Co'];

export const FIRST_NAMES = [
  'Anouk', 'Sjoerd', 'Marleen', 'Ruben', 'Femke', 'Daan', 'Noor', 'Samira', 'Jelle', 'Lotte', 'Wietse', 'Fenna',
  'Sietske', 'Harm', 'Bauke', 'Ilse', 'Tjitske', 'Gerrit', 'Roos', 'Mehmet', 'Fatima', 'Jasper', 'Eline', 'Klaas',
  'Anne', 'Douwe', 'Yara', 'Thijs', 'Iris', 'Hidde', 'Sanne', 'Jan', 'Marit', 'Youssef', 'Lieke', 'Bram', 'Nynke',
  'Teun', 'Esmee', 'Arjen', 'Lisa', 'Tomas', 'Jildou', 'Pieter', 'Mirjam', 'Omar', 'Wendy', 'Rik', 'Hanneke', 'Linh',
];
export const LAST_NAMES = [
  'Bakker', 'de Vries', 'Hoekstra', 'Dijkstra', 'Jansma', 'Visser', 'Smit', 'Meijer', 'Mulder', 'Bosma', 'Postma',
  'de Boer', 'Kuipers', 'Veenstra', 'Zijlstra', 'Wiersma', 'Hoogland', 'Tuinstra', 'Brouwer', 'Kramer', 'Oosterhof',
  'Schuiling', 'Huizinga', 'Timmer', 'Bouma', 'Sikkema', 'Kloosterman', 'Drenth', 'Lubbers', 'Hofstra', 'Nijboer',
  'Prins', 'Wijbenga', 'Yilmaz', 'El Amrani', 'Nguyen', 'Kaya', 'Haddou', 'Pereira', 'van der Veen', 'Koster',
  'Boonstra', 'Hiemstra', 'Venema', 'Pranger', 'Bolhuis', 'Stoker', 'Boer', 'Siersema', 'Talsma',
];

/** Job titles per employer kind; the first ones of Network and SupportProgramme are connectors. */
export const ROLES: Record<string, readonly string[]> = {
  Entrepreneur: ['oprichter', 'directeur', 'mede-oprichter', 'impactmanager', 'bedrijfsleider', 'werkbegeleider'],
  Network: ['community manager', 'netwerkcoördinator', 'programmamanager', 'bestuurslid'],
  KnowledgeInstitution: ['lector', 'onderzoeker impactmeting', 'docent ondernemerschap', 'stagecoördinator'],
  SupportProgramme: ['ondernemerscoach', 'programmamanager', 'incubatormanager', 'adviseur financiering'],
  Fund: ['fondsmanager', 'investment manager', 'programmamanager impact'],
  Purchaser: ['inkoper', 'contractmanager', 'adviseur social return', 'categoriemanager'],
  Municipality: ['accountmanager economie', 'beleidsadviseur sociaal ondernemen', 'adviseur social return'],
  Province: ['beleidsadviseur economie', 'programmamanager innovatie'],
};

export const STAGE_FOUNDED: Record<Stage, readonly [number, number]> = {
  IDEA: [2024, 2026],
  STARTUP: [2019, 2025],
  SCALEUP: [2012, 2022],
  ESTABLISHED: [1985, 2016],
};

/** What an enterprise of each stage asks a financier for (min, max in euros). */
export const FINANCE_ASK: Record<Stage, readonly [number, number]> = {
  IDEA: [5_000, 50_000],
  STARTUP: [20_000, 250_000],
  SCALEUP: [100_000, 1_500_000],
  ESTABLISHED: [50_000, 2_000_000],
};

export const FINANCE_PURPOSES = [
  'werkkapitaal voor de groei van {product}',
  'een tweede vestiging',
  'de eerste productielijn voor {product}',
  'een pilot met {product} bij twee gemeenten',
  'uitbreiding van het team met begeleide medewerkers',
  'machines en gereedschap',
  'de marktintroductie van {product}',
];

export const NEED_TEMPLATES: Record<'NETWORK' | 'KNOWLEDGE' | 'BUSINESS_SUPPORT' | 'HUMAN_CAPITAL', readonly string[]> = {
  NETWORK: [
    'Contact met andere ondernemers die werken aan {theme}',
    'Toegang tot inkopers en beleidsmakers in {province}',
    'Een netwerk van afnemers voor {product}',
    'Een warme introductie bij een landelijk impactfonds',
  ],
  KNOWLEDGE: [
    'Impactmeting (SROI) van {product}',
    'Onderzoek met studenten naar de effecten van {product}',
    'Een lectoraat dat meekijkt naar ons verdienmodel rond {theme}',
    'Kennis over Aanbestedingswet art. 2.82 en voorbehouden opdrachten',
  ],
  BUSINESS_SUPPORT: [
    'Coaching bij opschalen van {product}',
    'Hulp bij marketing en sales richting zakelijke klanten',
    'Een plek in een incubator of broedplaats in {town}',
    'Begeleiding bij het opstellen van een investeringsplan',
  ],
  HUMAN_CAPITAL: [
    'Twee ervaren werkbegeleiders',
    'Stagiairs voor {product}',
    'HRM-kennis over werken met mensen met een afstand tot de arbeidsmarkt',
    'Een bestuurder met ervaring in {theme}',
  ],
};

export const MARKET_ASKS = [
  'Launching customer voor {product}',
  'Meer publieke opdrachten in {category}',
  'Deelname aan een Challenge rond {theme}',
  'Een voorbehouden opdracht (art. 2.82) in {category}',
];

export const NETWORK_FORMS = ['Netwerk', 'Kring', 'Alliantie', 'Community', 'Coalitie', 'Platform'];
export const KNOWLEDGE_FORMS = ['Kenniscentrum', 'Lectoraat', 'Kenniswerkplaats', 'Praktijkschool', 'Onderzoeksgroep'];
export const SUPPORT_FORMS = ['Incubator', 'Versneller', 'Broedplaats', 'Ondernemerslab', 'Startersprogramma', 'Impactacademie'];
export const FUND_FORMS = ['Impactfonds', 'Startersfonds', 'Innovatiefonds', 'Participatiefonds', 'Stimuleringsfonds', 'Investeerdersclub'];
export const EVENT_FORMS = ['Impactcafé', 'Matchmaking', 'Inkoopontmoeting', 'Impactontbijt', 'Pitchavond', 'Netwerkdag'];
