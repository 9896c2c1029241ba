/**
 * Writes a synthetic ecosystem as JSON, streamed: { "nodes": [...], "relationships": [...] }.
 *
 *   node --import tsx seed/src/generate-cli.ts --organisations 10000 --seed 7 --out /tmp/eco-10k.json
 *
 * Options: --organisations N (required), --seed S (default 1), --out FILE (required; `-` for
 * stdout), --relationships-per-organisation R (default 10), --stats (also print the shape:
 * degree tail, regional clustering, theme correlation). Counts, time and peak memory go to
 * stdout, or to stderr when the JSON itself goes to stdout.
 */
import { createWriteStream, WriteStream } from 'node:fs';
import { once } from 'node:events';
import { ShapeMeter, streamEcosystem, streamSink, writeEcosystemJson } from './generator';

interface Arguments {
  organisations: number;
  seed: number;
  out: string;
  relationshipsPerOrganisation: number;
  stats: boolean;
}

const USAGE =
  'usage: node --import tsx seed/src/generate-cli.ts --organisations N --out FILE|- [--seed S] [--relationships-per-organisation R] [--stats]';

function parseArguments(argv: readonly string[]): Arguments {
  const args: Partial<Arguments> = { seed: 1, relationshipsPerOrganisation: 10, stats: false };
  const number = (flag: string, value: string | undefined): number => {
    const n = Number(value);
    if (value === undefined || value.trim() === '' || !Number.isFinite(n)) throw new Error(`${flag} needs a number, got '${value ?? ''}'`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    switch (flag) {
      case '--organisations':
        args.organisations = number(flag, argv[++i]);
        break;
      case '--seed':
        args.seed = number(flag, argv[++i]);
        break;
      case '--relationships-per-organisation':
        args.relationshipsPerOrganisation = number(flag, argv[++i]);
        break;
      case '--out':
        args.out = argv[++i];
        if (!args.out) throw new Error('--out needs a file name (or - for stdout)');
        break;
      case '--stats':
        args.stats = true;
        break;
      case '--help':
      case '-h':
        console.log(USAGE);
        process.exit(0);
        break;
      default:
        throw new Error(`unknown option '${flag}'`);
    }
  }
  if (args.organisations === undefined) throw new Error('--organisations is required');
  if (args.out === undefined) throw new Error('--out is required (a file name, or - for stdout)');
  return args as Arguments;
}

const formatCount = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const percent = (x: number) => `${(100 * x).toFixed(1)}%`;

async function main(): Promise<void> {
  let args: Arguments;
  try {
    args = parseArguments(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  const log = args.out === '-' ? console.error : console.log;
  const started = performance.now();
  const ecosystem = streamEcosystem({
    organisations: args.organisations,
    seed: args.seed,
    relationshipsPerOrganisation: args.relationshipsPerOrganisation,
  });
  const output: NodeJS.WritableStream = args.out === '-' ? process.stdout : createWriteStream(args.out);
  const meter = args.stats ? new ShapeMeter() : undefined;
  const byType: Record<string, number> = {};
  const counts = await writeEcosystemJson(ecosystem, streamSink(output), (item, section) => {
    if (section === 'relationships') byType[String(item.type)] = (byType[String(item.type)] ?? 0) + 1;
    if (meter) {
      if (section === 'nodes') meter.addNode(item);
      else meter.addRelationship(item);
    }
  });
  if (output !== process.stdout) {
    const file = output as WriteStream;
    file.end();
    await once(file, 'finish');
  }
  const seconds = (performance.now() - started) / 1000;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  const plan = ecosystem.plan;
  log(
    `${args.out === '-' ? 'wrote' : `wrote ${args.out}:`} ${formatCount(plan.organisations)} organisations, ` +
      `${formatCount(counts.nodes)} nodes, ${formatCount(counts.relationships)} relationships ` +
      `(${(counts.relationships / plan.organisations).toFixed(2)} per organisation; target ${formatCount(plan.targetRelationships)}), ` +
      `seed ${plan.seed}, in ${seconds.toFixed(2)} s, peak RSS ${peakMb.toFixed(0)} MB`,
  );
  log(`  nodes: ${Object.entries(plan.nodesByKind).map(([k, n]) => `${k} ${formatCount(n)}`).join(', ')}`);
  log(`  relationships: ${Object.entries(byType).map(([t, n]) => `${t} ${formatCount(n)}`).join(', ')}`);
  if (meter) {
    const shape = meter.report();
    const degree = (name: string, d: typeof shape.knowsDegree) =>
      log(
        `  ${name}: median ${d.median}, p99 ${d.p99}, max ${d.max} (${d.maxOverMedian.toFixed(1)}x median), ` +
          `top 1% hold ${percent(d.top1PercentShare)} of ties, Hill tail index ${d.tailIndex.toFixed(2)}`,
      );
    degree('degree of organisations', shape.organisationDegree);
    degree('degree of entrepreneurs', shape.entrepreneurDegree);
    degree('KNOWS degree of actors', shape.knowsDegree);
    degree('members per network', shape.networkMembers);
    for (const [type, l] of Object.entries(shape.locality)) {
      log(
        `  ${type}: ${percent(l.withinProvince)} within one province (random pairing ${percent(l.withinProvinceBaseline)}), ` +
          `${percent(l.withinMunicipality)} within one municipality (random ${percent(l.withinMunicipalityBaseline)})`,
      );
    }
    const t = shape.themeCorrelation;
    log(
      `  theme correlation: ${percent(t.membersWithFocus)} of entrepreneur members share their network's focus theme, ` +
        `${percent(t.nonMembersWithFocus)} of non-members (lift ${t.lift.toFixed(2)})`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
