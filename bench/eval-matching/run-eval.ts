/**
 * `npm run eval:matching`: how well Koppel ranks, against five baselines, in a time-based
 * hold-out at 2024-01-01 on the demo data and on the scale generator (1,000 organisations,
 * seed 7). Writes bench/eval-matching/RESULTS.md. See that file for the rules of the split.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateEcosystem, loadDemoData } from '@koppel/seed';
import { describeMachine } from '../machine';
import { Dataset, DatasetRun, evaluateDataset } from './evaluate-dataset';
import { renderReport } from './eval-report';

export const CUTOFF = new Date('2024-01-01T00:00:00.000Z');
export const GENERATOR_SEED = 7;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { organisations: { type: 'string', default: '1000' } } });
  const organisations = Number(values.organisations);
  const started = performance.now();

  const demo = loadDemoData();
  const generated = generateEcosystem({ organisations, seed: GENERATOR_SEED });
  const datasets: Dataset[] = [
    { name: 'demo data (seed/data)', batch: demo, introductions: demo.introductions },
    { name: `generator, ${organisations.toLocaleString('en')} organisations (seed ${GENERATOR_SEED})`, batch: generated, introductions: [] },
  ];

  const runs: DatasetRun[] = [];
  for (const dataset of datasets) {
    for (const lastActive of ['last-active-before-cutoff', 'all'] as const) {
      const run = await evaluateDataset(dataset, CUTOFF, lastActive);
      process.stdout.write(`${run.name}, KNOWS ${lastActive}: ${run.seconds.toFixed(1)} s\n`);
      runs.push(run);
    }
  }

  const report = renderReport({
    runs,
    cutoff: CUTOFF,
    command: `npm run eval:matching${organisations === 1000 ? '' : ` -- --organisations ${organisations}`}`,
    machine: describeMachine(),
    seconds: (performance.now() - started) / 1000,
  });
  writeFileSync(join(__dirname, 'RESULTS.md'), report);
  process.stdout.write(report);
}

void main();
