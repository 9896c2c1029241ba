/**
 * The shape of a generated ecosystem, each claim against the baseline that random pairing of
 * the same nodes would give (computed here, in the spec).
 */
import { MUNICIPALITIES, PROVINCES, RelationshipInput } from '@koppel/domain';
import { generateEcosystem } from './generate-ecosystem';
import { Prng } from './prng';
import { measureShape, summariseDegrees } from './shape-statistics';

const eco = generateEcosystem({ organisations: 1000, seed: 7 });
const nodeById = new Map(eco.nodes.map((n) => [n.id, n as { id: string; kind: string; municipality?: string; themes?: string[] }]));
const ORGANISATION_KINDS = new Set(['Entrepreneur', 'Network', 'Fund', 'Purchaser', 'KnowledgeInstitution', 'SupportProgramme']);
const provinceOfMunicipality = new Map(MUNICIPALITIES.map((m) => [m.code, PROVINCES.indexOf(m.province)]));
const ofType = (type: RelationshipInput['type']) => eco.relationships.filter((r) => r.type === type);

function degrees(ids: readonly string[], relationships: readonly RelationshipInput[]): number[] {
  const degree = new Map(ids.map((id) => [id, 0]));
  for (const r of relationships) {
    for (const end of [r.from, r.to]) if (degree.has(end)) degree.set(end, (degree.get(end) as number) + 1);
  }
  return [...degree.values()];
}

/** The same number of tie ends spread uniformly at random over the same nodes (an Erdős–Rényi-like baseline). */
function randomDegrees(nodes: number, ends: number): number[] {
  const random = new Prng(99);
  const degree = new Array<number>(nodes).fill(0);
  for (let i = 0; i < ends; i++) degree[random.int(nodes)]++;
  return degree;
}

describe('heavy-tailed degrees: a few hubs with very many ties', () => {
  const organisations = eco.nodes.filter((n) => ORGANISATION_KINDS.has(n.kind)).map((n) => n.id);
  const observed = summariseDegrees(degrees(organisations, eco.relationships));
  const ends = degrees(organisations, eco.relationships).reduce((a, b) => a + b, 0);
  const random = summariseDegrees(randomDegrees(organisations.length, ends));

  it('has organisations with more than ten times the median degree, where random pairing has none', () => {
    expect(observed.max).toBeGreaterThan(10 * observed.median);
    expect(random.max).toBeLessThan(3 * random.median);
    const hubs = degrees(organisations, eco.relationships).filter((d) => d > 10 * observed.median);
    expect(hubs.length).toBeGreaterThanOrEqual(5);
  });

  it('gives the best-connected 1% a share of the ties several times what random pairing gives', () => {
    expect(observed.top1PercentShare).toBeGreaterThan(3 * random.top1PercentShare);
  });

  it('has a power-law-like tail: a small Hill tail index (random pairing: a large one)', () => {
    expect(observed.tailIndex).toBeLessThan(3.5);
    expect(random.tailIndex).toBeGreaterThan(5);
  });

  it('has KNOWS hubs among the actors, and networks of very different sizes', () => {
    const actors = eco.nodes.filter((n) => n.kind !== 'Municipality' && n.kind !== 'Province' && n.kind !== 'Event').map((n) => n.id);
    const knows = summariseDegrees(degrees(actors, ofType('KNOWS')));
    expect(knows.max).toBeGreaterThan(10 * knows.median);
    const networks = eco.nodes.filter((n) => n.kind === 'Network').map((n) => n.id);
    const members = summariseDegrees(degrees(networks, ofType('MEMBER_OF')));
    // Random joining would give every network about the mean (max / median near 1.3 here).
    expect(members.max).toBeGreaterThan(2.5 * members.median);
  });
});

describe('regional clustering', () => {
  /** Share of ties within one province (municipality) and what random pairing of the same ends gives. */
  function locality(type: RelationshipInput['type'], level: 'province' | 'municipality') {
    const where = (id: string) => {
      const m = nodeById.get(id)?.municipality;
      if (m === undefined) return undefined;
      return level === 'province' ? String(provinceOfMunicipality.get(m)) : m;
    };
    const from = new Map<string, number>();
    const to = new Map<string, number>();
    let ties = 0;
    let same = 0;
    for (const r of ofType(type)) {
      const a = where(r.from);
      const b = where(r.to);
      if (a === undefined || b === undefined) continue;
      ties++;
      if (a === b) same++;
      from.set(a, (from.get(a) ?? 0) + 1);
      to.set(b, (to.get(b) ?? 0) + 1);
    }
    let baseline = 0;
    for (const [place, n] of from) baseline += (n / ties) * ((to.get(place) ?? 0) / ties);
    return { share: same / ties, baseline };
  }

  it('keeps most KNOWS ties within one province, far above random pairing', () => {
    const { share, baseline } = locality('KNOWS', 'province');
    expect(baseline).toBeGreaterThan(0.3);
    expect(share).toBeGreaterThan(0.7);
    expect(share - baseline).toBeGreaterThan(0.3);
  });

  it('keeps many KNOWS ties within one municipality, several times random pairing', () => {
    const { share, baseline } = locality('KNOWS', 'municipality');
    expect(share).toBeGreaterThan(0.35);
    expect(share).toBeGreaterThan(2 * baseline);
  });

  it.each(['PARTNERS_WITH', 'BOUGHT_FROM'] as const)('keeps most %s ties within one province too', (type) => {
    const { share, baseline } = locality(type, 'province');
    expect(share).toBeGreaterThan(0.7);
    expect(share - baseline).toBeGreaterThan(0.3);
  });
});

describe('themes correlated with membership', () => {
  it("gives each network a focus theme (its first) that its entrepreneur members share far more often than non-members", () => {
    const entrepreneurs = eco.nodes.filter((n) => n.kind === 'Entrepreneur') as { id: string; themes: string[] }[];
    const membersOf = new Map<string, Set<string>>();
    for (const r of ofType('MEMBER_OF')) {
      if (nodeById.get(r.from)?.kind !== 'Entrepreneur') continue;
      membersOf.set(r.to, (membersOf.get(r.to) ?? new Set()).add(r.from));
    }
    let members = 0;
    let membersWithFocus = 0;
    let others = 0;
    let othersWithFocus = 0;
    for (const [network, memberIds] of membersOf) {
      const focus = (nodeById.get(network)?.themes ?? [])[0];
      expect(focus).toEqual(expect.any(String));
      for (const e of entrepreneurs) {
        const hasFocus = e.themes.includes(focus) ? 1 : 0;
        if (memberIds.has(e.id)) {
          members++;
          membersWithFocus += hasFocus;
        } else {
          others++;
          othersWithFocus += hasFocus;
        }
      }
    }
    expect(members).toBeGreaterThan(300);
    expect(membersWithFocus / members).toBeGreaterThan(2 * (othersWithFocus / others));
  });
});

describe('measureShape', () => {
  it('reports the figures these specs check, for the CLI and for measuring large ecosystems', () => {
    const shape = measureShape(eco);
    expect(shape.relationships).toBe(eco.relationships.length);
    expect(shape.organisations).toBe(1000);
    expect(shape.organisationDegree.maxOverMedian).toBeGreaterThan(10);
    expect(shape.locality.KNOWS.withinProvince).toBeGreaterThan(shape.locality.KNOWS.withinProvinceBaseline + 0.3);
    expect(shape.themeCorrelation.lift).toBeGreaterThan(2);
    expect(shape.years.KNOWS.distinct).toBeGreaterThanOrEqual(8);
  });
});
