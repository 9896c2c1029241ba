/**
 * `NEO4J_URI=... NEO4J_PASSWORD=... node --import tsx bench/match-context/ab-against-baseline.ts
 *  [--baseline 57ca0e6] [--organisations 10000] [--subjects 200] [--reuse]`:
 * A/B of the Neo4j match context: this checkout's adapter against the one of a baseline commit
 * (its neo4j-match-context.ts and neo4j-queries.ts, taken with `git show` into bench/.out), on
 * the same server and graph (generator seed 7), the same subjects, interleaved per subject so
 * load on the machine hits both alike. Times suggestIntroductions through MatchingQueries and
 * three matchContext shapes, checks both give the same answers, and times the first suggestion
 * after a write (the kept summaries are dropped and read again). The database at NEO4J_URI must
 * be a test one: it is wiped unless --reuse finds the graph already there.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { ORGANISATION_KINDS, StakeholderNode, VISIBILITIES } from '@koppel/domain';
import { Neo4jGraphStore } from '@koppel/graph-store';
import { claimTestDatabase, wipeTestDatabase } from '@koppel/graph-store/testing';
import { importItems } from '@koppel/graph-io';
import { generateEcosystem } from '@koppel/seed';
import { MatchingQueries } from '../../apps/api/src/matching/matching-queries';
import { everyKth, percentile } from '../latency';

/** The baseline's adapter, its relative imports pointed back at this checkout's libs. */
async function baselineMatchContext(commit: string): Promise<new () => unknown> {
  const root = join(__dirname, '..', '..');
  const dir = join(root, 'bench', '.out', `baseline-${commit}`);
  mkdirSync(dir, { recursive: true });
  const show = (path: string) => execFileSync('git', ['show', `${commit}:${path}`], { cwd: root, encoding: 'utf8' });
  const libs = '../../../libs/graph-store/src';
  writeFileSync(join(dir, 'neo4j-queries.ts'), show('libs/graph-store/src/neo4j/neo4j-queries.ts').replaceAll("'../", `'${libs}/`));
  writeFileSync(
    join(dir, 'neo4j-match-context.ts'),
    show('libs/graph-store/src/neo4j/neo4j-match-context.ts').replaceAll("'../", `'${libs}/`).replaceAll("'./neo4j-mapper'", `'${libs}/neo4j/neo4j-mapper'`),
  );
  const module = (await import(join(dir, 'neo4j-match-context.ts'))) as { Neo4jMatchContext: new () => unknown };
  return module.Neo4jMatchContext;
}

const { values } = parseArgs({ options: { baseline: { type: 'string', default: '57ca0e6' }, organisations: { type: 'string', default: '10000' }, subjects: { type: 'string', default: '200' }, reuse: { type: 'boolean', default: false } } });
const ENTRY = ORGANISATION_KINDS.filter((kind) => kind !== 'Province');
const canonical = (value: unknown) => createHash('sha256').update(JSON.stringify(value, (_k, v: unknown) => v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v)).digest('hex');
const stats = (t: number[]) => { const s = [...t].sort((a, b) => a - b); return `p50 ${percentile(s, 50).toFixed(1)} p95 ${percentile(s, 95).toFixed(1)} max ${s[s.length - 1].toFixed(1)}`; };

async function main() {
  const organisations = Number(values.organisations);
  let started = performance.now();
  const eco = generateEcosystem({ organisations, seed: 7 });
  console.log(`generated ${eco.nodes.length} nodes, ${eco.relationships.length} rels in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const byId = [...eco.nodes].sort((a, b) => (a.id < b.id ? -1 : 1)) as StakeholderNode[];
  const subjects = everyKth(byId.filter((n) => n.kind === 'Entrepreneur').map((n) => n.id), Number(values.subjects));
  const connection = { uri: process.env['NEO4J_URI'] as string, user: 'neo4j', password: process.env['NEO4J_PASSWORD'] as string };
  const fresh = Neo4jGraphStore.connect(connection);
  const old = Neo4jGraphStore.connect(connection);
  const Baseline = await baselineMatchContext(String(values.baseline));
  (old as unknown as { matching: unknown }).matching = new Baseline();
  await claimTestDatabase(fresh.neo4jDriver);
  await fresh.migrate();
  const stored = Object.values(await fresh.countByKind()).reduce((a, b) => a + b, 0);
  if (!values.reuse || stored !== eco.nodes.length) {
    await wipeTestDatabase(fresh.neo4jDriver);
    started = performance.now();
    await importItems(fresh, { file: 'generated', nodes: eco.nodes, relationships: eco.relationships }, { origin: 'IMPORT', actor: 'ab' });
    console.log(`imported in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const stores = { old, new: fresh } as const;
  const shapes = {
    suggestIntroductions: null,
    'ctx entry points 7x500 same reach': { candidateKinds: ENTRY, maxCandidates: 500, visibilities: ['PUBLIC'] as const, sameReach: true },
    'ctx entrepreneurs same reach': { candidateKinds: ['Entrepreneur'] as const, visibilities: ['PUBLIC'] as const, sameReach: true },
    'ctx entrepreneurs all visibilities anywhere': { candidateKinds: ['Entrepreneur'] as const, visibilities: VISIBILITIES },
  };
  let differing = 0;
  for (const [name, shape] of Object.entries(shapes)) {
    const times: Record<string, number[]> = { old: [], new: [] };
    const run = async (which: 'old' | 'new', subject: string) => {
      const store = stores[which];
      const t = performance.now();
      const answer = shape === null
        ? await new MatchingQueries(store).suggestIntroductions(subject, { limit: 10 })
        : await store.matchContext({ subjectId: subject, ...shape });
      return [performance.now() - t, canonical(answer)] as const;
    };
    for (let i = 0; i < 20; i++) { await run('old', subjects[i % subjects.length]); await run('new', subjects[i % subjects.length]); }
    for (let i = 0; i < subjects.length; i++) {
      const order: ('old' | 'new')[] = i % 2 === 0 ? ['old', 'new'] : ['new', 'old'];
      const digests: Record<string, string> = {};
      for (const which of order) { const [ms, digest] = await run(which, subjects[i]); times[which].push(ms); digests[which] = digest; }
      if (digests['old'] !== digests['new']) differing++;
    }
    const p95 = (t: number[]) => percentile([...t].sort((a, b) => a - b), 95);
    console.log(`${name} (${subjects.length} subjects): old ${stats(times['old'])} | new ${stats(times['new'])} | p95 new/old ${(p95(times['new']) / p95(times['old'])).toFixed(2)}`);
  }
  console.log(`answers differing between old and new: ${differing}`);
  // The first suggestion after a write: the cache is dropped and rebuilt.
  const afterWrite: number[] = [];
  const queries = new MatchingQueries(fresh);
  const node = byId.find((n) => n.id === subjects[0]) as StakeholderNode;
  for (let i = 0; i < Math.min(20, subjects.length); i++) {
    const { provenance: _p, ...plain } = node;
    await fresh.upsert({ nodes: [{ ...plain, description: `touched ${i}` } as never], relationships: [] }, { origin: 'USER', actor: 'ab-against-baseline' });
    const t = performance.now();
    await queries.suggestIntroductions(subjects[(i * 7) % subjects.length], { limit: 10 });
    afterWrite.push(performance.now() - t);
  }
  console.log(`new, first suggestIntroductions after a write: ${stats(afterWrite)}`);
  console.log(`load average: ${loadavg().map((n) => n.toFixed(1)).join(', ')}`);
  await fresh.close();
  await old.close();
}
void main();
