/**
 * Measures the shape of a generated (or any) ecosystem, item by item, so it also works on a
 * stream: the specs use it on 1k worlds, the CLI (`--stats`) on 100k ones.
 *
 * - Degree tail: the degrees of organisations (municipalities and provinces left out: they are
 *   hubs by construction, every LOCATED_IN ends there), and of KNOWS among all actors. Reported
 *   as median / p99 / max, the share of all ties held by the top 1%, and a Hill estimate of the
 *   tail index (P(degree > x) ~ x^-index over the top 2%; a Poisson graph gives a large index).
 * - Regional clustering: for KNOWS, PARTNERS_WITH and BOUGHT_FROM, the share of ties within one
 *   province (municipality), against what random pairing of the same ends would give:
 *   sum over provinces of (share of `from` ends there) x (share of `to` ends there).
 * - Theme correlation: over all networks, the share of entrepreneur members that work on the
 *   network's focus theme (its first theme), against the same share among entrepreneurs that
 *   are not members.
 */
import { MUNICIPALITIES, PROVINCES } from '@koppel/domain';

export interface DegreeSummary {
  nodes: number;
  median: number;
  p90: number;
  p99: number;
  max: number;
  maxOverMedian: number;
  /** Share of all tie ends held by the best-connected 1% of nodes. */
  top1PercentShare: number;
  /** Hill estimate over the top 2%: P(degree > x) ~ x^-tailIndex. */
  tailIndex: number;
}

export interface Locality {
  ties: number;
  withinProvince: number;
  withinProvinceBaseline: number;
  withinMunicipality: number;
  withinMunicipalityBaseline: number;
}

export interface ShapeReport {
  nodesByKind: Record<string, number>;
  relationshipsByType: Record<string, number>;
  relationships: number;
  organisations: number;
  relationshipsPerOrganisation: number;
  organisationDegree: DegreeSummary;
  entrepreneurDegree: DegreeSummary;
  knowsDegree: DegreeSummary;
  networkMembers: DegreeSummary;
  locality: Record<'KNOWS' | 'PARTNERS_WITH' | 'BOUGHT_FROM', Locality>;
  themeCorrelation: {
    memberships: number;
    /** Share of entrepreneur members that work on their network's focus theme. */
    membersWithFocus: number;
    /** The same among entrepreneurs that are not members of that network. */
    nonMembersWithFocus: number;
    lift: number;
  };
  years: Record<'KNOWS' | 'FUNDED' | 'BOUGHT_FROM', { min: number; max: number; distinct: number }>;
}

const PUBLIC_BODIES = new Set(['Municipality', 'Province']);
const ORGANISATION_KINDS = new Set(['Entrepreneur', 'Network', 'Fund', 'Purchaser', 'KnowledgeInstitution', 'SupportProgramme']);
const LOCALITY_TYPES = ['KNOWS', 'PARTNERS_WITH', 'BOUGHT_FROM'] as const;
const MUNICIPALITY_INDEX = new Map(MUNICIPALITIES.map((m, i) => [m.code, i]));
const PROVINCE_OF_MUNICIPALITY = MUNICIPALITIES.map((m) => PROVINCES.indexOf(m.province));

export function summariseDegrees(degrees: number[]): DegreeSummary {
  const sorted = degrees.slice().sort((a, b) => b - a);
  const n = sorted.length;
  if (n === 0) return { nodes: 0, median: 0, p90: 0, p99: 0, max: 0, maxOverMedian: 0, top1PercentShare: 0, tailIndex: 0 };
  const at = (q: number) => sorted[Math.min(n - 1, Math.floor((1 - q) * n))];
  const total = sorted.reduce((a, b) => a + b, 0);
  const top = Math.max(1, Math.floor(n / 100));
  const topSum = sorted.slice(0, top).reduce((a, b) => a + b, 0);
  const k = Math.max(10, Math.floor(n / 50));
  let logSum = 0;
  for (let i = 0; i < Math.min(k, n - 1); i++) logSum += Math.log(sorted[i] / Math.max(1, sorted[k]));
  const median = at(0.5);
  return {
    nodes: n,
    median,
    p90: at(0.9),
    p99: at(0.99),
    max: sorted[0],
    maxOverMedian: median > 0 ? sorted[0] / median : Infinity,
    top1PercentShare: total > 0 ? topSum / total : 0,
    tailIndex: logSum > 0 ? k / logSum : Infinity,
  };
}

type Item = Record<string, unknown>;

export class ShapeMeter {
  private readonly kindOf = new Map<string, string>();
  private readonly municipalityOf = new Map<string, number>();
  private readonly entrepreneurThemes = new Map<string, readonly string[]>();
  private readonly focusOf = new Map<string, string>();
  private readonly degree = new Map<string, number>();
  private readonly knowsDegree = new Map<string, number>();
  private readonly members = new Map<string, number>();
  private readonly entrepreneurMembers = new Map<string, { all: number; withFocus: number }>();
  private readonly entrepreneursWithTheme = new Map<string, number>();
  private entrepreneurs = 0;
  private readonly nodesByKind: Record<string, number> = {};
  private readonly relationshipsByType: Record<string, number> = {};
  private readonly ties = LOCALITY_TYPES.map(() => ({
    n: 0,
    sameProvince: 0,
    sameMunicipality: 0,
    provinceEnds: 0,
    fromProvince: [0, 0, 0],
    toProvince: [0, 0, 0],
    fromMunicipality: new Array<number>(MUNICIPALITIES.length).fill(0),
    toMunicipality: new Array<number>(MUNICIPALITIES.length).fill(0),
  }));
  private readonly years = {
    KNOWS: new Set<number>(),
    FUNDED: new Set<number>(),
    BOUGHT_FROM: new Set<number>(),
  };

  addNode(node: Item): void {
    const id = String(node.id);
    const kind = String(node.kind);
    this.kindOf.set(id, kind);
    this.nodesByKind[kind] = (this.nodesByKind[kind] ?? 0) + 1;
    const m = typeof node.municipality === 'string' ? MUNICIPALITY_INDEX.get(node.municipality) : undefined;
    if (m !== undefined) this.municipalityOf.set(id, m);
    const themes = Array.isArray(node.themes) ? (node.themes as string[]) : [];
    if (kind === 'Entrepreneur') {
      this.entrepreneurs++;
      this.entrepreneurThemes.set(id, themes);
      for (const t of themes) this.entrepreneursWithTheme.set(t, (this.entrepreneursWithTheme.get(t) ?? 0) + 1);
    }
    if (kind === 'Network' && themes.length > 0) this.focusOf.set(id, themes[0]);
    if (kind === 'Province') this.municipalityOf.delete(id);
  }

  addRelationship(rel: Item): void {
    const type = String(rel.type);
    const from = String(rel.from);
    const to = String(rel.to);
    this.relationshipsByType[type] = (this.relationshipsByType[type] ?? 0) + 1;
    for (const end of [from, to]) this.degree.set(end, (this.degree.get(end) ?? 0) + 1);
    if (type === 'KNOWS') {
      for (const end of [from, to]) this.knowsDegree.set(end, (this.knowsDegree.get(end) ?? 0) + 1);
      if (typeof rel.lastActiveAt === 'string') this.years.KNOWS.add(Number(rel.lastActiveAt.slice(0, 4)));
    }
    if ((type === 'FUNDED' || type === 'BOUGHT_FROM') && typeof rel.year === 'number') this.years[type].add(rel.year);
    if (type === 'MEMBER_OF') {
      this.members.set(to, (this.members.get(to) ?? 0) + 1);
      const themes = this.entrepreneurThemes.get(from);
      const focus = this.focusOf.get(to);
      if (themes && focus) {
        const counts = this.entrepreneurMembers.get(to) ?? { all: 0, withFocus: 0 };
        counts.all++;
        if (themes.includes(focus)) counts.withFocus++;
        this.entrepreneurMembers.set(to, counts);
      }
    }
    const li = (LOCALITY_TYPES as readonly string[]).indexOf(type);
    if (li >= 0) {
      const mf = this.municipalityOf.get(from);
      const mt = this.municipalityOf.get(to);
      if (mf === undefined || mt === undefined) return;
      const acc = this.ties[li];
      const pf = PROVINCE_OF_MUNICIPALITY[mf];
      const pt = PROVINCE_OF_MUNICIPALITY[mt];
      acc.n++;
      if (pf === pt) acc.sameProvince++;
      if (mf === mt) acc.sameMunicipality++;
      acc.fromProvince[pf]++;
      acc.toProvince[pt]++;
      acc.fromMunicipality[mf]++;
      acc.toMunicipality[mt]++;
    }
  }

  report(): ShapeReport {
    const organisationDegrees: number[] = [];
    const entrepreneurDegrees: number[] = [];
    const knowsDegrees: number[] = [];
    for (const [id, kind] of this.kindOf) {
      if (ORGANISATION_KINDS.has(kind)) organisationDegrees.push(this.degree.get(id) ?? 0);
      if (kind === 'Entrepreneur') entrepreneurDegrees.push(this.degree.get(id) ?? 0);
      if (!PUBLIC_BODIES.has(kind) && kind !== 'Event') knowsDegrees.push(this.knowsDegree.get(id) ?? 0);
    }
    const networkSizes: number[] = [];
    for (const [id, kind] of this.kindOf) if (kind === 'Network') networkSizes.push(this.members.get(id) ?? 0);

    const locality = {} as ShapeReport['locality'];
    LOCALITY_TYPES.forEach((type, li) => {
      const acc = this.ties[li];
      const n = Math.max(1, acc.n);
      const pairing = (from: number[], to: number[]) => from.reduce((sum, f, i) => sum + (f / n) * (to[i] / n), 0);
      locality[type] = {
        ties: acc.n,
        withinProvince: acc.sameProvince / n,
        withinProvinceBaseline: pairing(acc.fromProvince, acc.toProvince),
        withinMunicipality: acc.sameMunicipality / n,
        withinMunicipalityBaseline: pairing(acc.fromMunicipality, acc.toMunicipality),
      };
    });

    let memberships = 0;
    let withFocus = 0;
    let nonMembers = 0;
    let nonMembersWithFocus = 0;
    for (const [network, counts] of this.entrepreneurMembers) {
      const focus = this.focusOf.get(network) as string;
      memberships += counts.all;
      withFocus += counts.withFocus;
      nonMembers += this.entrepreneurs - counts.all;
      nonMembersWithFocus += (this.entrepreneursWithTheme.get(focus) ?? 0) - counts.withFocus;
    }
    const memberShare = memberships > 0 ? withFocus / memberships : 0;
    const nonMemberShare = nonMembers > 0 ? nonMembersWithFocus / nonMembers : 0;

    const yearRange = (years: Set<number>) => ({
      min: Math.min(...years),
      max: Math.max(...years),
      distinct: years.size,
    });
    const relationships = Object.values(this.relationshipsByType).reduce((a, b) => a + b, 0);
    const organisations = [...ORGANISATION_KINDS].reduce((sum, kind) => sum + (this.nodesByKind[kind] ?? 0), 0);
    return {
      nodesByKind: { ...this.nodesByKind },
      relationshipsByType: { ...this.relationshipsByType },
      relationships,
      organisations,
      relationshipsPerOrganisation: organisations > 0 ? relationships / organisations : 0,
      organisationDegree: summariseDegrees(organisationDegrees),
      entrepreneurDegree: summariseDegrees(entrepreneurDegrees),
      knowsDegree: summariseDegrees(knowsDegrees),
      networkMembers: summariseDegrees(networkSizes),
      locality,
      themeCorrelation: {
        memberships,
        membersWithFocus: memberShare,
        nonMembersWithFocus: nonMemberShare,
        lift: nonMemberShare > 0 ? memberShare / nonMemberShare : Infinity,
      },
      years: {
        KNOWS: yearRange(this.years.KNOWS),
        FUNDED: yearRange(this.years.FUNDED),
        BOUGHT_FROM: yearRange(this.years.BOUGHT_FROM),
      },
    };
  }
}

/** The shape of an ecosystem held in memory. */
export function measureShape(ecosystem: { nodes: readonly unknown[]; relationships: readonly unknown[] }): ShapeReport {
  const meter = new ShapeMeter();
  for (const node of ecosystem.nodes) meter.addNode(node as Item);
  for (const rel of ecosystem.relationships) meter.addRelationship(rel as Item);
  return meter.report();
}
