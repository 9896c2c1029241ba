import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { openGraphStore } from '@koppel/graph-store';
import {
  exportGraph,
  graphStatistics,
  importItems,
  ImportRefusedError,
  readGraphJson,
  writeGraphJson,
} from '@koppel/graph-io';
import { loadStoreConfig } from './cli-config';

const USAGE = `usage:
  koppel import <file.json | directory>   import a graph file (all or nothing per file)
  koppel export <directory>               write the whole graph to <directory>/koppel-graph.json
  koppel stats                            count nodes per kind and relationships per type
options:
  --as <name>   who is importing (recorded as the provenance of what is new; default: your user name)
The store is the one the API uses: NEO4J_URI (+ NEO4J_USER, NEO4J_PASSWORD) or KOPPEL_DATA_DIR.`;

const say = (line: string) => process.stdout.write(`${line}\n`);

/** The JSON files to import: the file itself, or a directory's *.json files in name order. */
function filesToImport(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => join(path, file));
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
      for (const file of filesToImport(target)) {
        const started = Date.now();
        const items = readGraphJson(file);
        say(`${items.file}: validating and writing ${items.nodes.length} nodes and ${items.relationships.length} relationships...`);
        const report = await importItems(store, items, { origin: 'IMPORT', actor });
        say(`${report.file}: imported in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      }
    } else if (command === 'export') {
      mkdirSync(target, { recursive: true });
      const document = await exportGraph(store, (done, total, what) => {
        if (done === total || done % 10_000 === 0) say(`exported ${done} of ${total} ${what}`);
      });
      const file = join(target, 'koppel-graph.json');
      writeGraphJson(file, document);
      say(`wrote ${file}`);
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
