/**
 * `node --import tsx bench/matching/profile-warm-path.ts [--organisations 10000 --samples 200 --rounds 3 --import]`
 * with NEO4J_URI / NEO4J_PASSWORD set (a test database: `--import` wipes it and loads the
 * generator graph; without it the graph already there is used):
 * where the time of one Neo4j warm path (MatchingQueries.introductionPath) goes, stage by stage,
 * for the bench's pairs (run-matching-bench.ts: same seed, subjects and targets). Each stage runs
 * alone, one after the other, and the whole call is timed too: the reads one after the other
 * (the version, the search, getRelationships and getNodes) and the one statement that reads the
 * version and the details together (GRAPH_VERSION_AND_DETAILS, trustTiesWithDetails).
 * Prints p50 / p95 / max per stage and the slowest pairs with their stages.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { MAX_INTERMEDIARY_DEGREE, ORGANISATION_KINDS, StakeholderNode, TRUST_RELATIONSHIP_TYPES } from '@koppel/domain';
import { importItems } from '@koppel/graph-io';
import { Neo4jGraphStore } from '@koppel/graph-store';
import { claimTestDatabase, wipeTestDatabase } from '@koppel/graph-store/testing';
import { generateEcosystem } from '@koppel/seed';
import { describeWarmPaths, findWarmPaths, withRelationships } from '@koppel/matching';
import { ANONYMOUS_VISIBILITIES, MatchingQueries } from '../../apps/api/src/matching/matching-queries';
import { Neo4jTrustSnapshots } from '../../libs/graph-store/src/neo4j/neo4j-trust-snapshot';
import * as cypher from '../../libs/graph-store/src/neo4j/neo4j-queries';
import { tiesBetweenIn } from '../../libs/graph-store/src/trust-snapshot-walks';
import { everyKth, percentile } from '../latency';
import { introductionPathByRelationshipsBetween } from './between-warm-path';

const STAGES = [
  'whole call',
  'version round trip',
  'in-memory search',
  'findWarmPaths',
  'getRelationships',
  'getNodes',
  'both in parallel',
  'version and details in one statement',
  'describe',
] as const;
type Stage = (typeof STAGES)[number];

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      organisations: { type: 'string', default: '10000' },
      samples: { type: 'string', default: '200' },
      rounds: { type: 'string', default: '3' },
      import: { type: 'boolean', default: false },
      // As the bench does: a suggestion and the old warm path before each pair (their garbage, their server work).
      interleave: { type: 'boolean', default: false },
      'first-round': { type: 'boolean', default: false },
    },
  });
  const graph = generateEcosystem({ organisations: Number(values.organisations), seed: 7 });
  const byId = [...graph.nodes].sort((a, b) => (a.id < b.id ? -1 : 1)) as StakeholderNode[];
  const subjects = everyKth(byId.filter((node) => node.kind === 'Entrepreneur').map((node) => node.id), Number(values.samples));
  const targets = everyKth(byId.filter((node) => ORGANISATION_KINDS.includes(node.kind) && node.kind !== 'Entrepreneur').map((n) => n.id), Number(values.samples));
  const store = Neo4jGraphStore.connect({ uri: process.env['NEO4J_URI'] as string, user: 'neo4j', password: process.env['NEO4J_PASSWORD'] ?? '' });
  const driver = store.neo4jDriver;
  try {
    await claimTestDatabase(driver);
    if (values.import) {
      await wipeTestDatabase(driver);
      await store.migrate();
      await importItems(store, { file: 'generated', nodes: graph.nodes, relationships: graph.relationships }, { origin: 'IMPORT', actor: 'profile' });
      process.stdout.write('imported\n');
    }
    const queries = new MatchingQueries(store);
    const snapshots = new Neo4jTrustSnapshots(driver);
    const rule = { types: TRUST_RELATIONSHIP_TYPES, visibilities: ANONYMOUS_VISIBILITIES, maxDegree: MAX_INTERMEDIARY_DEGREE };
    const times = new Map<Stage, number[]>(STAGES.map((stage) => [stage, []]));
    const perPair: { pair: string; stages: Record<string, number>; ties: number; paths: number }[] = [];
    const clock = async <T>(stage: Stage, work: () => Promise<T> | T, into: Record<string, number>): Promise<T> => {
      const started = performance.now();
      const result = await work();
      const ms = performance.now() - started;
      into[stage] = ms;
      return result;
    };
    for (let round = 0; round < Number(values.rounds) + 1; round++) {
      for (let i = 0; i < subjects.length; i++) {
        const [from, to] = [subjects[i], targets[i]];
        const stages: Record<string, number> = {};
        if (values.interleave) {
          await queries.suggestIntroductions(from, { limit: 10 });
          await introductionPathByRelationshipsBetween(store, from, to, 4, 3);
        }
        await clock('whole call', () => queries.introductionPath(from, to, 4, 3), stages);
        const { snapshot } = await clock('version round trip', () => snapshots.current([from, to]), stages);
        const ties = await clock('in-memory search', () => tiesBetweenIn(snapshot!, from, to, 4, rule), stages);
        const request = { fromId: from, toId: to, maxHops: 4, maxPaths: 3, now: new Date() };
        const found = await clock('findWarmPaths', () => findWarmPaths(ties, request), stages);
        const onPaths = [...new Map(found.paths.flatMap((path) => path.edges.map((edge) => [edge.relationship.id, edge.relationship]))).values()];
        const relationships = await clock('getRelationships', () => store.getRelationships(onPaths), stages);
        const nodes = await clock('getNodes', () => store.getNodes(found.nodeIds), stages);
        await clock('both in parallel', () => Promise.all([store.getRelationships(onPaths), store.getNodes(found.nodeIds)]), stages);
        const identities = onPaths.map((tie) => ({ type: tie.type, from: tie.from, to: tie.to, key: tie.key ?? '' }));
        await clock(
          'version and details in one statement',
          () => driver.executeQuery(cypher.GRAPH_VERSION_AND_DETAILS, { ends: [from, to], identities, nodeIds: found.nodeIds }, { routing: neo4j.routing.READ }),
          stages,
        );
        await clock('describe', () => describeWarmPaths(withRelationships(found, relationships), { nodes, relationships }, request), stages);
        // The first round warms the driver, the server's plans and the snapshot; counted apart
        // (--first-round), since the bench times each pair once, after a short warm-up.
        if ((round === 0) !== values['first-round']) continue;
        for (const stage of STAGES) times.get(stage)!.push(stages[stage]);
        perPair.push({ pair: `${from} -> ${to}`, stages, ties: ties.length, paths: found.paths.length });
      }
    }
    const row = (stage: Stage) => {
      const sorted = [...times.get(stage)!].sort((a, b) => a - b);
      const mean = sorted.reduce((sum, value) => sum + value, 0) / sorted.length;
      return `| ${stage} | ${percentile(sorted, 50).toFixed(2)} | ${percentile(sorted, 95).toFixed(2)} | ${percentile(sorted, 99).toFixed(2)} | ${sorted[sorted.length - 1].toFixed(2)} | ${mean.toFixed(2)} |`;
    };
    process.stdout.write(['| stage | p50 | p95 | p99 | max | mean |', '|---|---:|---:|---:|---:|---:|', ...STAGES.map(row)].join('\n') + '\n');
    process.stdout.write(`\nslowest whole calls (of ${perPair.length}):\n`);
    for (const slow of [...perPair].sort((a, b) => b.stages['whole call'] - a.stages['whole call']).slice(0, 15)) {
      const parts = STAGES.map((stage) => `${stage} ${slow.stages[stage].toFixed(1)}`).join(', ');
      process.stdout.write(`- ${slow.pair} (${slow.ties} ties, ${slow.paths} paths): ${parts}\n`);
    }
    process.stdout.write(`\nload average ${loadavg().map((n) => n.toFixed(1)).join(', ')}\n`);
  } finally {
    await store.close();
  }
}

void main();
