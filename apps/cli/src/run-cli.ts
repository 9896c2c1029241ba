import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { openGraphStore } from '@koppel/graph-store';
import {
  exportGraph,
  graphStatistics,
  ImportItems,
  importItems,
  ImportRefusedError,
  readGraphCsv,
  readGraphJson,
  writeGraphCsv,
  writeGraphJson,
  writeGraphml,
} from '@koppel/graph-io';
import { loadStoreConfig } from './cli-config';

const USAGE = `usage:
  koppel import <file.json | directory>   import a JSON graph file, a directory of them, or a
                                          directory of CSV files (one per kind + relationships.csv);
                                          all or nothing per file (per CSV directory)
  koppel export <directory>               write the whole graph as koppel-graph.json, csv/ and
                                          koppel-graph.graphml (Gephi, Cytoscape desktop)
  koppel stats                            count nodes per kind and relationships per type
options:
  --as <name>   who is importing (recorded as the provenance of what is new; default: your user name)
The store is the one the API uses: NEO4J_URI (+ NEO4J_USER, NEO4J_PASSWORD) or KOPPEL_DATA_DIR.`;

const say = (line: string) => process.stdout.write(`${line}\n`);

/**
 * What to import: a JSON file; or a directory, whose CSV files form one import and whose JSON
 * files are each one import, in name order.
 */
function importsAt(path: string): (() => ImportItems)[] {
  if (!statSync(path).isDirectory()) return [() => readGraphJson(path)];
  const files = readdirSync(path).sort();
  return [
    ...(files.some((file) => file.endsWith('.csv')) ? [() => readGraphCsv(path)] : []),
    ...files.filter((file) => file.endsWith('.json')).map((file) => () => readGraphJson(join(path, file))),
  ];
}

export async function runCli(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { as: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const [command, target] = positionals;
  if (values.help || !command) {
    say(USAGE);
    return values.help ? 0 : 2;
  }
  if ((command === 'import' || command === 'export') && !target) {
    process.stderr.write(`koppel ${command} needs a path\n${USAGE}\n`);
    return 2;
  }
  if (!['import', 'export', 'stats'].includes(command)) {
    process.stderr.write(`unknown command '${command}'\n${USAGE}\n`);
    return 2;
  }

  const store = openGraphStore(loadStoreConfig(process.env));
  try {
    await store.migrate();
    if (command === 'import') {
      const actor = values.as ?? userInfo().username;
      for (const read of importsAt(target)) {
        const started = Date.now();
        const items = read();
        say(`${items.file}: validating and writing ${items.nodes.length} nodes and ${items.relationships.length} relationships...`);
        const report = await importItems(store, items, { origin: 'IMPORT', actor }, (done, total, what) =>
          say(`${items.file}: written ${done} of ${total} items (${what})`),
        );
        say(`${report.file}: imported in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      }
    } else if (command === 'export') {
      mkdirSync(target, { recursive: true });
      const document = await exportGraph(store, (done, total, what) => {
        if (done === total || done % 10_000 === 0) say(`exported ${done} of ${total} ${what}`);
      });
      writeGraphJson(join(target, 'koppel-graph.json'), document);
      const csvFiles = writeGraphCsv(join(target, 'csv'), document);
      writeGraphml(join(target, 'koppel-graph.graphml'), document);
      say(`wrote ${target}: koppel-graph.json, koppel-graph.graphml, csv/ (${csvFiles.join(', ')})`);
    } else {
      const stats = await graphStatistics(store);
      say(`${stats.totalNodes} nodes, ${stats.totalRelationships} relationships`);
      for (const [kind, count] of Object.entries(stats.nodes)) if (count > 0) say(`  ${kind.padEnd(22)} ${count}`);
      for (const [type, count] of Object.entries(stats.relationships)) say(`  ${type.padEnd(22)} ${count}`);
    }
    return 0;
  } catch (error) {
    if (error instanceof ImportRefusedError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    process.stderr.write(`koppel ${command} failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
    return 1;
  } finally {
    await store.close();
  }
}
