import {
  checkBatchAgainstStore,
  ENTERPRISE_KINDS,
  MUNICIPALITIES,
  NODE_KINDS,
  NodeKind,
  PROVINCES,
  relationshipId,
  STAGES,
  StakeholderNode,
  THEME_LABELS,
  validateGraphBatch,
  ValidRelationship,
} from '@koppel/domain';
import { EmbeddedGraphStore } from '@koppel/graph-store';
import { generateEcosystem, streamEcosystem } from './generate-ecosystem';
import { writeEcosystemJson } from './write-json';
import { AS_OF_DATE, AS_OF_YEAR } from './world';

type Node<K extends NodeKind> = Extract<StakeholderNode, { kind: K }>;

const eco = generateEcosystem({ organisations: 1000, seed: 7 });
const batch = validateGraphBatch(eco);
const byId = new Map(batch.nodes.map((node) => [node.id, node]));
const nodesOf = <K extends NodeKind>(kind: K): Node<K>[] => batch.nodes.filter((n): n is Node<K> => n.kind === kind);
const relationshipsOf = (type: ValidRelationship['type']) => batch.relationships.filter((r) => r.type === type);
const ORGANISATION_KINDS: NodeKind[] = ['Entrepreneur', 'Network', 'Fund', 'Purchaser', 'KnowledgeInstitution', 'SupportProgramme'];
const organisations = batch.nodes.filter((n) => ORGANISATION_KINDS.includes(n.kind));

async function jsonOf(options: Parameters<typeof streamEcosystem>[0]): Promise<string> {
  let text = '';
  await writeEcosystemJson(streamEcosystem(options), (chunk) => {
    text += chunk;
  });
  return text;
}

describe('generateEcosystem: a deterministic synthetic ecosystem', () => {
  it('gives byte-identical JSON for the same seed and size, and another ecosystem for another seed', () => {
    const again = generateEcosystem({ organisations: 1000, seed: 7 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(eco));
    const other = generateEcosystem({ organisations: 1000, seed: 8 });
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(eco));
    // Same sizes and the same fixed places, but other people, ties and profiles.
    expect(other.nodes.length).toBe(eco.nodes.length);
    const ties = (e: typeof eco) => new Set(e.relationships.filter((r) => r.type === 'KNOWS').map((r) => `${r.from} ${r.to}`));
    const mine = ties(eco);
    const shared = [...ties(other)].filter((t) => mine.has(t)).length;
    expect(shared / mine.size).toBeLessThan(0.05);
  });

  it('streams as JSON (one item per line) that parses to the same ecosystem, the same bytes every time', async () => {
    const text = await jsonOf({ organisations: 1000, seed: 7 });
    expect(await jsonOf({ organisations: 1000, seed: 7 })).toBe(text);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(eco)));
    expect(text.split('\n')).toHaveLength(eco.nodes.length + eco.relationships.length + 4);
  });

  it('refuses sizes, seeds and densities it cannot honour', () => {
    expect(() => generateEcosystem({ organisations: 10, seed: 1 })).toThrow(/organisations must be/);
    expect(() => generateEcosystem({ organisations: 1000.5, seed: 1 })).toThrow(/organisations must be/);
    expect(() => generateEcosystem({ organisations: 1000, seed: 1.5 })).toThrow(/seed must be/);
    expect(() => generateEcosystem({ organisations: 1000, seed: 1, relationshipsPerOrganisation: 0 })).toThrow(/relationshipsPerOrganisation/);
  });
});

describe('the generated ecosystem obeys the domain', () => {
  it('passes validateGraphBatch and checkBatchAgainstStore with nothing stored: every end is in the output, of an allowed kind', () => {
    expect(() => checkBatchAgainstStore(batch, new Map())).not.toThrow();
  });

  it('never repeats a node id or a relationship identity (type, from, to, key)', () => {
    expect(new Set(batch.nodes.map((n) => n.id)).size).toBe(batch.nodes.length);
    expect(new Set(batch.relationships.map(relationshipId)).size).toBe(batch.relationships.length);
  });

  it('uses key = year for fundings and purchases, so a pair can repeat in another year', () => {
    for (const rel of [...relationshipsOf('FUNDED'), ...relationshipsOf('BOUGHT_FROM')]) {
      expect({ rel, key: rel.key }).toEqual({ rel, key: String(rel.year) });
    }
    const pairs = (type: 'FUNDED' | 'BOUGHT_FROM') => {
      const seen = new Map<string, number>();
      for (const r of relationshipsOf(type)) seen.set(`${r.from} ${r.to}`, (seen.get(`${r.from} ${r.to}`) ?? 0) + 1);
      return [...seen.values()].filter((n) => n > 1).length;
    };
    expect(pairs('FUNDED')).toBeGreaterThan(0);
    expect(pairs('BOUGHT_FROM')).toBeGreaterThan(0);
  });

  it('is valid at 10k organisations too', () => {
    const large = generateEcosystem({ organisations: 10_000, seed: 11 });
    const valid = validateGraphBatch(large);
    expect(() => checkBatchAgainstStore(valid, new Map())).not.toThrow();
    expect(new Set(valid.relationships.map(relationshipId)).size).toBe(valid.relationships.length);
  });
});

describe('size: about ten relationships per organisation', () => {
  it.each([
    [1000, undefined, 10],
    [1000, 5, 5],
    [2000, 20, 20],
  ])('%i organisations at %s per organisation make %i per organisation, within 15%%', (organisations, perOrganisation, expected) => {
    const generated =
      perOrganisation === undefined && organisations === 1000
        ? eco
        : generateEcosystem({ organisations, seed: 3, relationshipsPerOrganisation: perOrganisation });
    const perOrg = generated.relationships.length / organisations;
    expect(perOrg).toBeGreaterThanOrEqual(expected * 0.85);
    expect(perOrg).toBeLessThanOrEqual(expected * 1.15);
  });
});

describe('contents', () => {
  it('has the 3 provinces and 40 municipalities of the domain, each municipality PART_OF its province', () => {
    expect(nodesOf('Province').map((p) => p.id)).toEqual(PROVINCES.map((p) => `province:${p.toLowerCase()}`));
    expect(nodesOf('Municipality').map((m) => m.id)).toEqual(MUNICIPALITIES.map((m) => `municipality:${m.code}`));
    expect(relationshipsOf('PART_OF').map((r) => [r.from, r.to])).toEqual(
      MUNICIPALITIES.map((m) => [`municipality:${m.code}`, `province:${m.province.toLowerCase()}`]),
    );
  });

  it('is mostly entrepreneurs, with networks, funds, purchasers, institutes and programmes, persons and a few events', () => {
    const count = (kind: NodeKind) => nodesOf(kind).length;
    expect(organisations).toHaveLength(1000);
    expect(count('Entrepreneur') / 1000).toBeGreaterThan(0.75);
    for (const kind of ['Network', 'Fund', 'Purchaser', 'KnowledgeInstitution', 'SupportProgramme'] as const) {
      expect({ kind, n: count(kind) }).toEqual({ kind, n: expect.any(Number) });
      expect(count(kind)).toBeGreaterThanOrEqual(3);
      expect(count(kind)).toBeLessThan(count('Entrepreneur') / 10);
    }
    expect(count('Person')).toBeGreaterThan(100);
    expect(count('Event')).toBeGreaterThanOrEqual(3);
    expect(count('Event')).toBeLessThan(20);
    expect(new Set(batch.nodes.map((n) => n.kind))).toEqual(new Set(NODE_KINDS));
  });

  it('places organisations mostly in the cities, each LOCATED_IN its municipality', () => {
    const cities = ['groningen', 'leeuwarden', 'assen', 'emmen', 'smallingerland', 'heerenveen', 'sudwest-fryslan'];
    const entrepreneurs = nodesOf('Entrepreneur');
    const inCities = entrepreneurs.filter((e) => cities.includes(e.municipality ?? '')).length;
    // The seven cities have about 40% of the inhabitants of the North; they get well over half of the enterprises.
    expect(inCities / entrepreneurs.length).toBeGreaterThan(0.5);
    const perMunicipality = (code: string) => entrepreneurs.filter((e) => e.municipality === code).length;
    for (const other of MUNICIPALITIES.filter((m) => m.code !== 'groningen')) {
      expect(perMunicipality('groningen')).toBeGreaterThan(perMunicipality(other.code));
    }
    const located = new Map(relationshipsOf('LOCATED_IN').map((r) => [r.from, r.to]));
    for (const node of batch.nodes) {
      if (node.kind === 'Person' || node.kind === 'Municipality' || node.kind === 'Province' || !node.municipality) continue;
      expect({ id: node.id, at: located.get(node.id) }).toEqual({ id: node.id, at: `municipality:${node.municipality}` });
    }
  });

  it('describes entrepreneurs fully: kind, stage, founding year, themes with their SDGs, products and concrete needs', () => {
    for (const e of nodesOf('Entrepreneur')) {
      expect(ENTERPRISE_KINDS).toContain(e.enterpriseKind);
      expect(STAGES).toContain(e.stage);
      expect(e.themes.length).toBeGreaterThanOrEqual(1);
      expect(e.sdgs).toEqual([...new Set(e.themes.flatMap((t) => THEME_LABELS[t].sdgs))].sort((a, b) => a - b));
      expect(e.products.length).toBeGreaterThanOrEqual(1);
      expect(e.needs.length).toBeGreaterThanOrEqual(1);
      expect(e.foundedYear).toBeLessThanOrEqual(AS_OF_YEAR);
      for (const need of e.needs) {
        expect(need.description.length).toBeGreaterThan(10);
        if (need.domain === 'FINANCE') expect(need).toEqual(expect.objectContaining({ amountEur: expect.any(Number), instrument: expect.any(String) }));
        if (need.domain === 'MARKET_POLICY') expect(need).toEqual(expect.objectContaining({ category: expect.any(String) }));
      }
    }
    const stages = new Set(nodesOf('Entrepreneur').map((e) => e.stage));
    expect(stages).toEqual(new Set(STAGES));
  });

  it('gives funds instruments, ticket ranges, stages and regions, and purchasers categories', () => {
    for (const f of nodesOf('Fund')) {
      expect(f.instruments.length).toBeGreaterThanOrEqual(1);
      expect(f.stages.length).toBeGreaterThanOrEqual(1);
      expect(f.regions.length).toBeGreaterThanOrEqual(1);
      expect(f.ticketMinEur).toBeLessThanOrEqual(f.ticketMaxEur as number);
    }
    for (const p of nodesOf('Purchaser')) expect(p.categories.length).toBeGreaterThanOrEqual(1);
  });

  it('is honest: every organisation, person and event is fictional; persons have e-mail at example.org only', () => {
    for (const node of batch.nodes) {
      if (node.kind === 'Province' || node.kind === 'Municipality') continue;
      expect({ id: node.id, source: node.source?.startsWith('fictional:'), illustrative: node.illustrative }).toEqual({
        id: node.id,
        source: true,
        illustrative: true,
      });
    }
    for (const person of nodesOf('Person')) {
      expect(person.email).toMatch(/^[a-z0-9.]+@example\.org$/);
      expect(person.phone).toBeUndefined();
    }
    const worksFor = new Set(relationshipsOf('WORKS_FOR').map((r) => r.from));
    expect(nodesOf('Person').every((p) => worksFor.has(p.id))).toBe(true);
  });
});

describe('dated and constrained ties', () => {
  it('funds only what the fund funds: its regions, stages, ticket range, instruments, social-only and themes', () => {
    const fromFunds = relationshipsOf('FUNDED').filter((r) => byId.get(r.from)?.kind === 'Fund');
    expect(fromFunds.length).toBeGreaterThan(100);
    for (const rel of fromFunds) {
      const fund = byId.get(rel.from) as Node<'Fund'>;
      const to = byId.get(rel.to) as StakeholderNode;
      expect(rel.amountEur).toBeGreaterThanOrEqual(fund.ticketMinEur ?? 0);
      expect(rel.amountEur).toBeLessThanOrEqual(fund.ticketMaxEur ?? Infinity);
      expect(fund.instruments).toContain(rel.instrument);
      if (to.kind === 'Entrepreneur') {
        expect(fund.regions).toContain(to.province);
        expect(fund.stages).toContain(to.stage);
        if (fund.socialOnly) expect(to.enterpriseKind).toBe('SOCIAL');
        if (fund.themes.length > 0) expect(to.themes.some((t) => fund.themes.includes(t))).toBe(true);
        expect(rel.year).toBeGreaterThanOrEqual(to.foundedYear ?? 0);
      } else {
        const reach = (to as Node<'Network'>).regions;
        expect(reach.some((p) => fund.regions.includes(p))).toBe(true);
      }
    }
  });

  it('dates fundings and purchases by year, and KNOWS ties by strength and a last-active date spread over the years', () => {
    const years = (type: 'FUNDED' | 'BOUGHT_FROM') => new Set(relationshipsOf(type).map((r) => r.year));
    expect(years('FUNDED').size).toBeGreaterThanOrEqual(8);
    expect(years('BOUGHT_FROM').size).toBeGreaterThanOrEqual(8);
    for (const type of ['FUNDED', 'BOUGHT_FROM'] as const) {
      for (const rel of relationshipsOf(type)) {
        expect(rel.year).toBeLessThanOrEqual(AS_OF_YEAR);
        expect(rel.amountEur).toBeGreaterThan(0);
      }
    }
    const knows = relationshipsOf('KNOWS');
    for (const rel of knows) {
      expect(rel.strength).toBeGreaterThanOrEqual(0);
      expect(rel.strength).toBeLessThanOrEqual(1);
      expect((rel.lastActiveAt ?? '') <= AS_OF_DATE).toBe(true);
    }
    expect(new Set(knows.map((r) => r.lastActiveAt?.slice(0, 4))).size).toBeGreaterThanOrEqual(8);
    // More recent than not: ties fade and are renewed.
    const recent = knows.filter((r) => (r.lastActiveAt ?? '') >= '2021-01-01').length;
    expect(recent / knows.length).toBeGreaterThan(0.5);
  });
});

describe('loading into the embedded store', () => {
  let store: EmbeddedGraphStore;
  beforeEach(() => {
    store = new EmbeddedGraphStore({ dataDir: ':memory:' });
  });
  afterEach(() => store.close());

  it('upserts the 1k ecosystem in one batch, and the store counts the same nodes and relationships', async () => {
    await expect(
      store.upsert(eco, { origin: 'IMPORT', actor: 'koppel-scale-generator', at: new Date('2026-11-01T00:00:00Z') }),
    ).resolves.toEqual({ nodesWritten: eco.nodes.length, relationshipsWritten: eco.relationships.length });
    const counts = await store.countByKind();
    for (const kind of NODE_KINDS) {
      expect({ kind, n: counts[kind] }).toEqual({ kind, n: eco.nodes.filter((n) => n.kind === kind).length });
    }
    const stored = await store.findRelationships({}, { first: 1 });
    expect(stored.totalCount).toBe(eco.relationships.length);
  });
});
