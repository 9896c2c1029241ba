import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { GraphBatchInput, Introduction, KINDS_IN_WRITE_ORDER, NodeKind } from '@koppel/domain';
import { isAccountFile } from './load-demo-accounts';
import { buildDemoIntroductions, isIntroductionFile } from './load-introductions';

/**
 * Where the demo data lives: `seed/data` of this workspace, found by walking up from this file,
 * so a compiled copy under dist/ finds it as well as the source does.
 */
function locateDemoData(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, 'seed', 'data');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error(`seed/data not found above ${start}`);
  }
}

export const DEMO_DATA_DIR = locateDemoData(__dirname);

/** An item as read from a YAML file, before the domain schemas have judged it. */
export type DemoItem = Record<string, unknown>;

/**
 * The demo data as one batch: nodes first (in kind order), then relationships; and beside the
 * batch the past introductions, which a store takes through its own introduction methods.
 */
export interface DemoData extends GraphBatchInput {
  nodes: DemoItem[];
  relationships: DemoItem[];
  /** Built by the introduction workflow of @koppel/domain, oldest request first. */
  introductions: Introduction[];
}

/** One YAML file and the items it holds, for a coordinator-facing error or a check per file. */
export interface DemoFile {
  file: string;
  items: DemoItem[];
}

/**
 * Files named `relationships*.yaml` hold relationships, files named `introductions*.yaml` past
 * introductions, files named `accounts*.yaml` demo accounts; every other `*.yaml` / `*.yml`
 * file holds nodes (each item names its `kind`). Splitting a kind over several files is fine.
 */
export function isRelationshipFile(file: string): boolean {
  return /^relationships.*\.ya?ml$/i.test(file);
}

/** Reads every YAML file of `dir`, in file-name order, refusing anything that is not a list of mappings. */
export function readDemoFiles(dir: string = DEMO_DATA_DIR): DemoFile[] {
  const files = readdirSync(dir)
    .filter((file) => /\.ya?ml$/i.test(file))
    .sort();
  return files.map((file) => {
    const parsed: unknown = parse(readFileSync(join(dir, file), 'utf8'));
    const items = parsed ?? [];
    if (!Array.isArray(items)) {
      throw new Error(`${file}: expected a list of items (lines starting with '- '), found ${typeof items}`);
    }
    items.forEach((item, index) => {
      if (item === null || typeof item !== 'object' || Array.isArray(item)) {
        throw new Error(`${file}: item ${index + 1} is not a mapping of fields`);
      }
    });
    return { file, items: items as DemoItem[] };
  });
}

/** Providers and places before the actors that refer to them; people and events last. */
export const DEMO_KIND_ORDER: readonly NodeKind[] = KINDS_IN_WRITE_ORDER;
const rankOf = (item: DemoItem): number => {
  const rank = (DEMO_KIND_ORDER as readonly unknown[]).indexOf(item.kind);
  return rank === -1 ? DEMO_KIND_ORDER.length : rank;
};

/**
 * The demo data set as one graph batch, ready for `GraphStore.upsert`, plus its introductions.
 * Nodes and relationships are not validated here: the store (or `validateGraphBatch`) applies
 * the one set of domain rules. Introductions are built here, through the workflow, and refer to
 * the nodes of the same directory: an unknown id or a refused step throws a DemoDataError.
 */
export function loadDemoData(dir: string = DEMO_DATA_DIR): DemoData {
  const nodes: DemoItem[] = [];
  const relationships: DemoItem[] = [];
  const introductionFiles: DemoFile[] = [];
  for (const demoFile of readDemoFiles(dir)) {
    // Accounts are not part of the graph: loadDemoAccounts reads them.
    if (isAccountFile(demoFile.file)) continue;
    if (isIntroductionFile(demoFile.file)) introductionFiles.push(demoFile);
    else (isRelationshipFile(demoFile.file) ? relationships : nodes).push(...demoFile.items);
  }
  // Array.prototype.sort is stable: within a kind, file order and item order are kept.
  nodes.sort((a, b) => rankOf(a) - rankOf(b));
  const kindOf = new Map(nodes.map((node) => [String(node.id), String(node.kind)]));
  const introductions = introductionFiles
    .flatMap(({ file, items }) => buildDemoIntroductions(file, items, kindOf))
    .sort((a, b) => a.requestedAt.localeCompare(b.requestedAt) || a.id.localeCompare(b.id));
  return { nodes, relationships, introductions };
}
