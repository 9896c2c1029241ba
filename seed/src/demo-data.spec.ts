import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  checkBatchAgainstStore,
  ENTERPRISE_KINDS,
  LABELS,
  MUNICIPALITIES,
  NODE_KINDS,
  NodeKind,
  ORGANISATION_KINDS,
  PROVINCES,
  RELATIONSHIP_RULES,
  relationshipId,
  STAGES,
  StakeholderNode,
  THEMES,
  validateGraphBatch,
  ValidationError,
  ValidGraphBatch,
  ValidRelationship,
  WriteContext,
} from '@koppel/domain';
import { EmbeddedGraphStore } from '@koppel/graph-store';
import { DEMO_KIND_ORDER, isRelationshipFile, loadDemoData, readDemoFiles } from './load-demo-data';
import { isAccountFile } from './load-demo-accounts';
import { isIntroductionFile } from './load-introductions';

type Node<K extends NodeKind> = Extract<StakeholderNode, { kind: K }>;

const data = loadDemoData();

/**
 * The items that pass validation one by one, so that one bad item fails the specs that are
 * about it (and the per-file spec names it) instead of the whole suite.
 */
function validItemsOf(input: typeof data): ValidGraphBatch {
  const valid = (one: Parameters<typeof validateGraphBatch>[0]): ValidGraphBatch => {
    try {
      return validateGraphBatch(one);
    } catch (error) {
      if (error instanceof ValidationError) return { nodes: [], relationships: [] };
      throw error;
    }
  };
  return {
    nodes: input.nodes.flatMap((node) => valid({ nodes: [node] }).nodes),
    relationships: input.relationships.flatMap((rel) => valid({ relationships: [rel] }).relationships),
  };
}
const batch = validItemsOf(data);
const byId = new Map(batch.nodes.map((node) => [node.id, node]));
const nodesOf = <K extends NodeKind>(kind: K): Node<K>[] =>
  batch.nodes.filter((node): node is Node<K> => node.kind === kind);
const relationshipsOf = (type: ValidRelationship['type']) => batch.relationships.filter((rel) => rel.type === type);

/** Fictional items say so at the start of their source; real organisations never do. */
const isFictional = (node: StakeholderNode) => (node.source ?? '').startsWith('fictional');
const isPublicFact = (source: string | undefined) => (source ?? '').startsWith('public fact');
const today = new Date().toISOString().slice(0, 10);
/** The cut of a time-based hold-out: what happened before it is known, what came after is to be predicted. */
const HOLDOUT = '2024-01-01';
const HOLDOUT_YEAR = 2024;
const SEED_WRITER: WriteContext = { origin: 'SEED', actor: 'koppel-seed', reference: 'seed/data' };
const provinceOf = (node: StakeholderNode | undefined) =>
  node?.municipality ? MUNICIPALITIES.find((m) => m.code === node.municipality)?.province : undefined;

describe('loading the demo data (seed/data/*.yaml)', () => {
  it('reads every YAML file: relationships*.yaml as relationships, introductions*.yaml as introductions, every other file as nodes', () => {
    const files = readDemoFiles();
    expect(files.map((f) => f.file)).toEqual(
      expect.arrayContaining([
        'provinces.yaml',
        'municipalities.yaml',
        'networks.yaml',
        'funds.yaml',
        'purchasers.yaml',
        'knowledge-institutions.yaml',
        'support-programmes.yaml',
        'entrepreneurs.yaml',
        'persons.yaml',
        'events.yaml',
        'relationships.yaml',
        'relationships-networks.yaml',
        'relationships-money.yaml',
        'relationships-people.yaml',
        'relationships-events.yaml',
        'introductions.yaml',
        'accounts.yaml',
      ]),
    );
    for (const { file, items } of files) {
      if (isAccountFile(file)) continue;
      if (isIntroductionFile(file)) {
        expect(data.introductions).toHaveLength(items.length);
        continue;
      }
      for (const item of items) {
        if (isRelationshipFile(file)) expect({ file, type: item.type, kind: item.kind }).toEqual({ file, type: expect.any(String), kind: undefined });
        else expect({ file, kind: item.kind }).toEqual({ file, kind: expect.any(String) });
      }
    }
    const itemCount = (relationships: boolean) =>
      files
        .filter((f) => !isIntroductionFile(f.file) && !isAccountFile(f.file) && isRelationshipFile(f.file) === relationships)
        .reduce((n, f) => n + f.items.length, 0);
    expect(data.nodes).toHaveLength(itemCount(false));
    expect(data.relationships).toHaveLength(itemCount(true));
  });

  it('orders nodes by kind (places and providers before entrepreneurs, persons and events), covering every kind', () => {
    expect([...DEMO_KIND_ORDER].sort()).toEqual([...NODE_KINDS].sort());
    const ranks = data.nodes.map((node) => DEMO_KIND_ORDER.indexOf(node.kind as NodeKind));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('accepts a directory of its own, and names the file that is not a list', () => {
    const dir = mkdtempSync(join(tmpdir(), 'koppel-seed-'));
    try {
      writeFileSync(join(dir, 'b-nodes.yaml'), '- { id: ent:a, kind: Entrepreneur }\n');
      writeFileSync(join(dir, 'a-places.yml'), '- { id: province:drenthe, kind: Province }\n');
      writeFileSync(join(dir, 'relationships-extra.yaml'), '- { type: KNOWS, from: ent:a, to: ent:b }\n');
      writeFileSync(join(dir, 'notes.txt'), 'ignored');
      expect(loadDemoData(dir)).toEqual({
        nodes: [
          { id: 'province:drenthe', kind: 'Province' },
          { id: 'ent:a', kind: 'Entrepreneur' },
        ],
        relationships: [{ type: 'KNOWS', from: 'ent:a', to: 'ent:b' }],
        introductions: [],
      });
      writeFileSync(join(dir, 'broken.yaml'), 'id: not-a-list\n');
      expect(() => loadDemoData(dir)).toThrow(/broken\.yaml: expected a list/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the demo data set obeys the domain model', () => {
  const graphFiles = readDemoFiles().filter((f) => !isIntroductionFile(f.file) && !isAccountFile(f.file));
  it.each(graphFiles.map((f) => [f.file, f.items] as const))('every item of %s passes validateGraphBatch', (file, items) => {
    // Item by item, so that a failure names the item (its id, or its ends) and the field.
    const problems = items.flatMap((item, index) => {
      try {
        validateGraphBatch(isRelationshipFile(file) ? { relationships: [item] } : { nodes: [item] });
        return [];
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        const label = isRelationshipFile(file) ? `${item.type} ${item.from} -> ${item.to}` : String(item.id ?? `item ${index + 1}`);
        return error.issues.map((issue) => ({ item: label, field: issue.field.replace(/^\w+\[0\]\.?/, ''), reason: issue.reason }));
      }
    });
    expect({ file, problems }).toEqual({ file, problems: [] });
  });

  it('validates as one batch, as the store will see it', () => {
    expect(() => validateGraphBatch(data)).not.toThrow();
  });

  it('every relationship endpoint exists in the batch and is of a kind RELATIONSHIP_RULES allows', () => {
    expect(() => checkBatchAgainstStore(batch, new Map())).not.toThrow();
    for (const rel of batch.relationships) {
      const rule = RELATIONSHIP_RULES[rel.type];
      expect({ rel: rel.id, from: rule.from.includes(byId.get(rel.from)!.kind) }).toEqual({ rel: rel.id, from: true });
      expect({ rel: rel.id, to: rule.to.includes(byId.get(rel.to)!.kind) }).toEqual({ rel: rel.id, to: true });
    }
  });

  it('has no duplicate ids, neither among nodes nor among (derived) relationship ids', () => {
    const duplicates = (ids: string[]) => ids.filter((id, index) => ids.indexOf(id) !== index);
    expect(duplicates(batch.nodes.map((node) => node.id))).toEqual([]);
    expect(duplicates(batch.relationships.map((rel) => rel.id))).toEqual([]);
    expect(batch.relationships.every((rel) => rel.id === relationshipId(rel))).toBe(true);
  });

  it('uses lowercase, descriptive ids prefixed by what the node is', () => {
    const prefix: Record<NodeKind, string> = {
      Province: 'province',
      Municipality: 'municipality',
      Network: 'network',
      KnowledgeInstitution: 'ki',
      SupportProgramme: 'support',
      Fund: 'fund',
      Purchaser: 'purchaser',
      Entrepreneur: 'ent',
      Person: 'person',
      Event: 'event',
    };
    for (const node of batch.nodes) {
      expect(node.id).toMatch(new RegExp(`^${prefix[node.kind]}:[a-z0-9]+(-[a-z0-9]+)*$`));
    }
  });
});

describe('places', () => {
  it('has the 3 northern provinces', () => {
    expect(nodesOf('Province').map((p) => [p.id, p.province])).toEqual([
      ['province:groningen', 'GRONINGEN'],
      ['province:fryslan', 'FRYSLAN'],
      ['province:drenthe', 'DRENTHE'],
    ]);
    expect(PROVINCES).toHaveLength(3);
  });

  it('has all 40 municipalities, each with a policy and PART_OF its own province', () => {
    const municipalities = nodesOf('Municipality');
    expect(municipalities.map((m) => m.id).sort()).toEqual(MUNICIPALITIES.map((m) => `municipality:${m.code}`).sort());
    const partOf = new Map(relationshipsOf('PART_OF').map((rel) => [rel.from, rel.to]));
    expect(partOf.size).toBe(40);
    for (const info of MUNICIPALITIES) {
      const node = byId.get(`municipality:${info.code}`) as Node<'Municipality'>;
      expect(node.municipality).toBe(info.code);
      expect(node.policy).toBeDefined();
      expect(partOf.get(node.id)).toBe(`province:${info.province.toLowerCase()}`);
    }
  });

  it('locates every locatable node that names a municipality there, and nowhere else', () => {
    const locatedIn = relationshipsOf('LOCATED_IN');
    for (const node of batch.nodes) {
      if (!RELATIONSHIP_RULES.LOCATED_IN.from.includes(node.kind)) continue;
      const targets = locatedIn.filter((rel) => rel.from === node.id).map((rel) => rel.to);
      expect({ node: node.id, targets }).toEqual({
        node: node.id,
        targets: node.municipality ? [`municipality:${node.municipality}`] : [],
      });
    }
  });
});

describe('entrepreneurs (fictional)', () => {
  const entrepreneurs = nodesOf('Entrepreneur');
  const municipalityOf = (ent: Node<'Entrepreneur'>) => ent.municipality!;

  it('counts at least 150, in every one of the 40 municipalities, weighted toward the cities', () => {
    expect(entrepreneurs.length).toBeGreaterThanOrEqual(150);
    expect(entrepreneurs.every((ent) => ent.municipality)).toBe(true);
    const perMunicipality = new Map(MUNICIPALITIES.map((m) => [m.code, entrepreneurs.filter((e) => e.municipality === m.code).length]));
    expect([...perMunicipality].filter(([, count]) => count === 0).map(([code]) => code)).toEqual([]);
    const towns = ['groningen', 'leeuwarden', 'assen', 'emmen', 'smallingerland', 'heerenveen', 'sudwest-fryslan'];
    for (const town of towns) {
      expect({ town, count: perMunicipality.get(town)! >= 5 }).toEqual({ town, count: true });
    }
    const inTowns = entrepreneurs.filter((e) => towns.includes(municipalityOf(e))).length;
    expect(inTowns / entrepreneurs.length).toBeGreaterThanOrEqual(0.4);
    expect(Math.max(...perMunicipality.values())).toBe(perMunicipality.get('groningen'));
  });

  it('balances the two enterprise kinds and covers all four stages, every theme and every label', () => {
    for (const kind of ENTERPRISE_KINDS) {
      const share = entrepreneurs.filter((e) => e.enterpriseKind === kind).length / entrepreneurs.length;
      expect({ kind, balanced: share >= 0.35 && share <= 0.65 }).toEqual({ kind, balanced: true });
    }
    for (const stage of STAGES) {
      expect({ stage, count: entrepreneurs.filter((e) => e.stage === stage).length >= 8 }).toEqual({ stage, count: true });
    }
    expect(new Set(entrepreneurs.flatMap((e) => e.themes))).toEqual(new Set(THEMES));
    expect(new Set(entrepreneurs.flatMap((e) => e.labels))).toEqual(new Set(LABELS));
  });

  it('gives the Code Sociaal Ondernemen only to SOCIAL enterprises', () => {
    const holders = entrepreneurs.filter((e) => e.labels.includes('CODE_SOCIAAL_ONDERNEMEN'));
    expect(holders.filter((e) => e.enterpriseKind !== 'SOCIAL').map((e) => e.id)).toEqual([]);
  });

  it('gives each themes, SDGs, products and 1-3 concrete needs', () => {
    for (const ent of entrepreneurs) {
      const profile = {
        id: ent.id,
        themes: ent.themes.length > 0,
        sdgs: ent.sdgs.length > 0,
        products: ent.products.length > 0,
        needs: ent.needs.length >= 1 && ent.needs.length <= 3,
      };
      expect(profile).toEqual({ id: ent.id, themes: true, sdgs: true, products: true, needs: true });
    }
  });

  it('says how much and in what form for every FINANCE need, and which category for every MARKET_POLICY need', () => {
    for (const ent of entrepreneurs) {
      for (const need of ent.needs) {
        if (need.domain === 'FINANCE') {
          expect({ id: ent.id, amountEur: need.amountEur, instrument: need.instrument }).toEqual({
            id: ent.id,
            amountEur: expect.any(Number),
            instrument: expect.any(String),
          });
        }
        if (need.domain === 'MARKET_POLICY') expect({ id: ent.id, category: need.category }).toEqual({ id: ent.id, category: expect.any(String) });
      }
    }
  });

  it('asks in MARKET_POLICY needs for a category some purchaser buys, spelled the same, so procurement fit can be found', () => {
    const bought = new Set(nodesOf('Purchaser').flatMap((p) => p.categories));
    const unmatched = entrepreneurs.flatMap((ent) =>
      ent.needs.filter((need) => need.category !== undefined && !bought.has(need.category)).map((need) => `${ent.id}: ${need.category}`),
    );
    expect(unmatched).toEqual([]);
  });
});

describe('honesty about data', () => {
  it('marks every real organisation as public fact or as illustrative, always with a source', () => {
    for (const node of batch.nodes) {
      if (!ORGANISATION_KINDS.includes(node.kind) || isFictional(node)) continue;
      expect({ id: node.id, source: node.source }).toEqual({ id: node.id, source: expect.stringMatching(/\S/) });
      expect({ id: node.id, honest: node.illustrative || isPublicFact(node.source) }).toEqual({ id: node.id, honest: true });
    }
  });

  it('marks every entrepreneur, person and event as fictional and illustrative', () => {
    for (const node of batch.nodes) {
      if (!['Entrepreneur', 'Person', 'Event'].includes(node.kind)) continue;
      expect({ id: node.id, fictional: isFictional(node), illustrative: node.illustrative }).toEqual({
        id: node.id,
        fictional: true,
        illustrative: true,
      });
    }
  });

  it('gives persons e-mail addresses only at example.org / example.nl and placeholder phone numbers', () => {
    const persons = nodesOf('Person');
    expect(persons.length).toBeGreaterThanOrEqual(60);
    for (const person of persons) {
      if (person.email) expect(person.email).toMatch(/@example\.(org|nl)$/);
      if (person.phone) expect(person.phone).toMatch(/^\+31 6 0000 00\d\d$/);
    }
  });

  it('names the source of every tie between two real organisations (PART_OF is checked against the domain list)', () => {
    for (const rel of batch.relationships) {
      if (rel.type === 'PART_OF') continue;
      const ends = [byId.get(rel.from), byId.get(rel.to)];
      if (ends.some((node) => !node || isFictional(node) || node.kind === 'Person')) continue;
      expect({ id: rel.id, source: rel.source }).toEqual({ id: rel.id, source: expect.stringMatching(/\S/) });
    }
  });
});

describe('funds and purchasers', () => {
  it('describes every fund: instruments, a ticket range, stages, regions', () => {
    for (const fund of nodesOf('Fund')) {
      expect({
        id: fund.id,
        instruments: fund.instruments.length > 0,
        ticket: fund.ticketMinEur !== undefined && fund.ticketMaxEur !== undefined,
        stages: fund.stages.length > 0,
        regions: fund.regions.length > 0,
      }).toEqual({ id: fund.id, instruments: true, ticket: true, stages: true, regions: true });
    }
  });

  it('records every FUNDED with amount, year and instrument, within the fund’s own profile', () => {
    const funded = relationshipsOf('FUNDED');
    expect(funded.length).toBeGreaterThan(0);
    for (const rel of funded) {
      expect(rel).toEqual(expect.objectContaining({ amountEur: expect.any(Number), year: expect.any(Number), instrument: expect.any(String) }));
      const funder = byId.get(rel.from)!;
      if (funder.kind !== 'Fund') continue;
      expect({ id: rel.id, instrument: funder.instruments.includes(rel.instrument!) }).toEqual({ id: rel.id, instrument: true });
      expect(rel.amountEur!).toBeGreaterThanOrEqual(funder.ticketMinEur ?? 0);
      expect(rel.amountEur!).toBeLessThanOrEqual(funder.ticketMaxEur ?? Number.MAX_SAFE_INTEGER);
    }
  });

  it('funds only within a fund’s regions, and social-only funds only SOCIAL enterprises', () => {
    for (const rel of relationshipsOf('FUNDED')) {
      const funder = byId.get(rel.from)!;
      if (funder.kind !== 'Fund') continue;
      const ent = byId.get(rel.to) as Node<'Entrepreneur'>;
      expect({ id: rel.id, region: funder.regions.includes(provinceOf(ent)!) }).toEqual({ id: rel.id, region: true });
      if (funder.socialOnly) expect({ id: rel.id, kind: ent.enterpriseKind }).toEqual({ id: rel.id, kind: 'SOCIAL' });
    }
  });

  it('dates money after the enterprise was founded, and keys a repeated pair by its year', () => {
    for (const rel of [...relationshipsOf('FUNDED'), ...relationshipsOf('BOUGHT_FROM')]) {
      const ent = byId.get(rel.to) as Node<'Entrepreneur'>;
      if (ent.kind === 'Entrepreneur' && ent.foundedYear !== undefined) {
        expect({ id: rel.id, afterFounding: rel.year! >= ent.foundedYear }).toEqual({ id: rel.id, afterFounding: true });
      }
      if (rel.key !== undefined) expect({ id: rel.id, key: rel.key }).toEqual({ id: rel.id, key: String(rel.year) });
    }
  });

  it('has fundings and purchases on both sides of a hold-out at 2024-01-01, from 2018 to now', () => {
    for (const type of ['FUNDED', 'BOUGHT_FROM'] as const) {
      const years = relationshipsOf(type).map((rel) => rel.year!);
      expect({ type, before: years.filter((y) => y < HOLDOUT_YEAR).length >= 20 }).toEqual({ type, before: true });
      expect({ type, after: years.filter((y) => y >= HOLDOUT_YEAR).length >= 20 }).toEqual({ type, after: true });
      expect({ type, from: Math.min(...years) >= 2018, to: Math.max(...years) <= Number(today.slice(0, 4)) }).toEqual({ type, from: true, to: true });
    }
  });

  it('gives every purchaser categories, procurement instruments and an open question; public buyers PURCHASES_FOR their body', () => {
    const purchasesFor = new Map(relationshipsOf('PURCHASES_FOR').map((rel) => [rel.from, rel.to]));
    for (const purchaser of nodesOf('Purchaser')) {
      expect({
        id: purchaser.id,
        categories: purchaser.categories.length > 0,
        instruments: purchaser.procurementInstruments.length > 0,
        questions: purchaser.openQuestions.length > 0,
      }).toEqual({ id: purchaser.id, categories: true, instruments: true, questions: true });
      if (purchaser.purchaserType === 'MUNICIPALITY') expect(purchasesFor.get(purchaser.id)).toBe(`municipality:${purchaser.municipality}`);
      if (purchaser.purchaserType === 'PROVINCE') expect(purchasesFor.get(purchaser.id)).toMatch(/^province:/);
    }
  });

  it('makes every holder of the regional MVO-certificaat a member of the MVO Alliantie that issues it', () => {
    const members = new Set(
      relationshipsOf('MEMBER_OF').filter((rel) => rel.to === 'network:mvo-alliantie-noord-nederland').map((rel) => rel.from),
    );
    const holders = nodesOf('Entrepreneur').filter((ent) => ent.labels.includes('MVO_CERTIFICAAT'));
    expect(holders.length).toBeGreaterThan(0);
    expect(holders.filter((ent) => !members.has(ent.id)).map((ent) => ent.id)).toEqual([]);
  });

  it('records every BOUGHT_FROM with year, amount and category; a purchaser buys in one of its own categories', () => {
    const bought = relationshipsOf('BOUGHT_FROM');
    expect(bought.length).toBeGreaterThan(0);
    for (const rel of bought) {
      expect(rel).toEqual(expect.objectContaining({ year: expect.any(Number), amountEur: expect.any(Number), category: expect.any(String) }));
      const buyer = byId.get(rel.from)!;
      if (buyer.kind === 'Purchaser') expect({ id: rel.id, category: buyer.categories.includes(rel.category!) }).toEqual({ id: rel.id, category: true });
    }
  });

  it('gives a municipal purchaser only instruments its municipality’s policy allows', () => {
    const allowedBy: Record<string, (policy: Node<'Municipality'>['policy']) => boolean> = {
      SOCIAL_RETURN: (policy) => policy.socialProcurementPolicy,
      PSO_AWARD: (policy) => policy.socialProcurementPolicy,
      RESERVED_CONTRACT_2_82: (policy) => policy.reservedContracts,
      CHALLENGE: (policy) => policy.challenges,
    };
    for (const purchaser of nodesOf('Purchaser').filter((p) => p.purchaserType === 'MUNICIPALITY')) {
      const { policy } = byId.get(`municipality:${purchaser.municipality}`) as Node<'Municipality'>;
      for (const instrument of purchaser.procurementInstruments) {
        const allowed = allowedBy[instrument]?.(policy) ?? true;
        expect({ id: purchaser.id, instrument, allowed }).toEqual({ id: purchaser.id, instrument, allowed: true });
      }
    }
  });
});

describe('people and events', () => {
  it('has every person work for someone', () => {
    const employed = new Set(relationshipsOf('WORKS_FOR').map((rel) => rel.from));
    expect(nodesOf('Person').filter((person) => !employed.has(person.id))).toEqual([]);
  });

  it('gives every KNOWS tie a strength and a date from 2019 up to today, some gone quiet and some recent', () => {
    const knows = relationshipsOf('KNOWS');
    for (const rel of knows) {
      expect({ id: rel.id, strength: rel.strength }).toEqual({ id: rel.id, strength: expect.any(Number) });
      expect({ id: rel.id, dated: rel.lastActiveAt! >= '2019-01-01' && rel.lastActiveAt! <= today }).toEqual({ id: rel.id, dated: true });
    }
    expect(knows.filter((rel) => rel.lastActiveAt! < HOLDOUT).length).toBeGreaterThanOrEqual(50);
    expect(knows.filter((rel) => rel.lastActiveAt! >= HOLDOUT).length).toBeGreaterThanOrEqual(50);
    expect(new Set(knows.map((rel) => rel.lastActiveAt!.slice(0, 4)))).toEqual(new Set(['2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026']));
  });

  it('lists a KNOWS tie once, and mostly between actors in the same province', () => {
    const pairs = relationshipsOf('KNOWS').map((rel) => [rel.from, rel.to].sort().join(' '));
    expect(pairs.filter((pair, index) => pairs.indexOf(pair) !== index)).toEqual([]);
    const located = relationshipsOf('KNOWS').filter((rel) => provinceOf(byId.get(rel.from)) && provinceOf(byId.get(rel.to)));
    const sameProvince = located.filter((rel) => provinceOf(byId.get(rel.from)) === provinceOf(byId.get(rel.to)));
    expect(located.length).toBeGreaterThanOrEqual(300);
    expect(sameProvince.length / located.length).toBeGreaterThanOrEqual(0.7);
  });

  it('dates every membership, support and partnership of an enterprise (year since), never before it was founded', () => {
    for (const rel of [...relationshipsOf('MEMBER_OF'), ...relationshipsOf('SUPPORTED_BY'), ...relationshipsOf('PARTNERS_WITH')]) {
      const ends = [byId.get(rel.from)!, byId.get(rel.to)!].filter((node) => node.kind === 'Entrepreneur') as Node<'Entrepreneur'>[];
      if (ends.length === 0) continue;
      expect({ id: rel.id, year: rel.year }).toEqual({ id: rel.id, year: expect.any(Number) });
      for (const ent of ends) {
        if (ent.foundedYear !== undefined) expect({ id: rel.id, afterFounding: rel.year! >= ent.foundedYear }).toEqual({ id: rel.id, afterFounding: true });
      }
    }
  });

  it('has at least three past meet-ups in different years, each organised by someone and attended by 10 to 30', () => {
    const events = nodesOf('Event');
    expect(events.length).toBeGreaterThanOrEqual(3);
    expect(new Set(events.map((event) => event.date.slice(0, 4))).size).toBeGreaterThanOrEqual(3);
    expect(events.some((event) => event.date < HOLDOUT)).toBe(true);
    expect(events.some((event) => event.date >= HOLDOUT)).toBe(true);
    for (const event of events) {
      expect(event.date <= today).toBe(true);
      expect(relationshipsOf('ORGANISED').some((rel) => rel.to === event.id)).toBe(true);
      const attendance = relationshipsOf('ATTENDED').filter((rel) => rel.to === event.id).length;
      expect({ event: event.id, attendance: attendance >= 10 && attendance <= 30 }).toEqual({ event: event.id, attendance: true });
    }
  });

  it('lets nobody attend a meet-up before their enterprise was founded', () => {
    for (const rel of relationshipsOf('ATTENDED')) {
      const attendee = byId.get(rel.from)!;
      const event = byId.get(rel.to) as Node<'Event'>;
      if (attendee.kind === 'Entrepreneur' && attendee.foundedYear !== undefined) {
        expect({ id: rel.id, afterFounding: Number(event.date.slice(0, 4)) >= attendee.foundedYear }).toEqual({ id: rel.id, afterFounding: true });
      }
    }
  });

  it('uses every relationship type the demo is meant to show', () => {
    const types = new Set(batch.relationships.map((rel) => rel.type));
    expect([...types].sort()).toEqual(Object.keys(RELATIONSHIP_RULES).sort());
  });
});

describe('loading into the embedded store', () => {
  let store: EmbeddedGraphStore;
  beforeEach(() => {
    store = new EmbeddedGraphStore({ dataDir: ':memory:' });
  });
  afterEach(() => store.close());

  it('upserts the whole demo data set in one batch, and again without change', async () => {
    await expect(store.upsert(loadDemoData(), SEED_WRITER)).resolves.toEqual({
      nodesWritten: data.nodes.length,
      relationshipsWritten: data.relationships.length,
    });
    await store.upsert(loadDemoData(), SEED_WRITER);
    const counts = await store.countByKind();
    for (const kind of NODE_KINDS) expect({ kind, count: counts[kind] }).toEqual({ kind, count: nodesOf(kind).length });
    const relationships = await store.findRelationships({}, { first: 1 });
    expect(relationships.totalCount).toBe(data.relationships.length);
  });

  it('stores every past introduction beside the graph, as the workflow built it, at version 1', async () => {
    const demo = loadDemoData();
    await store.upsert(demo, SEED_WRITER);
    for (const introduction of demo.introductions) await store.createIntroduction(introduction);
    const stored = await store.findIntroductions({}, { first: 100 });
    expect(stored.totalCount).toBe(demo.introductions.length);
    expect(stored.items).toEqual(demo.introductions.map((introduction) => ({ ...introduction, version: 1 })));
  });

  it('shows a warm path from an entrepreneur to a national fund through people who know each other', async () => {
    await store.upsert(loadDemoData(), SEED_WRITER);
    const path = await store.shortestPath('ent:taalcafe-tegenwind', 'fund:rabo-foundation', {
      types: ['WORKS_FOR', 'KNOWS'],
      maxHops: 4,
    });
    expect(path?.nodes.map((node) => node.id)).toEqual([
      'ent:taalcafe-tegenwind',
      'person:samira-benhadi',
      'person:anouk-veldkamp',
      'person:lieke-aardema',
      'fund:rabo-foundation',
    ]);
  });
});
