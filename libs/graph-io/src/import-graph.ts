import { ValidationError, WriteContext } from '@koppel/domain';
import type { GraphStore } from '@koppel/graph-store';
import type { Progress } from './export-graph';

/** One bad item of an import file: where it is, which field, why, and a hint when there is one. */
export interface ImportIssue {
  file: string;
  /** `nodes[3]` in a JSON file, `line 12` in a CSV file. */
  location: string;
  field: string;
  reason: string;
}

export class ImportRefusedError extends Error {
  constructor(readonly issues: readonly ImportIssue[]) {
    super(
      `import refused, nothing was written: ${issues.length} problem${issues.length === 1 ? '' : 's'}\n` +
        issues.map((issue) => `  ${[issue.file, issue.location].filter(Boolean).join(' ')}: ${issue.field}: ${issue.reason}`).join('\n'),
    );
    this.name = 'ImportRefusedError';
  }
}

export interface ImportItems {
  file: string;
  nodes: readonly unknown[];
  relationships: readonly unknown[];
  /** Where item i of each list stands in the file, for reports; `nodes[i]` when left out. */
  locate?: (list: 'nodes' | 'relationships', index: number) => string;
}

export interface ImportReport {
  file: string;
  nodes: number;
  relationships: number;
}

/**
 * Imports one file's items, all or nothing: any bad row refuses the whole file, every problem
 * named, and nothing is written. A file the store can take in one transaction
 * (`largestAtomicBatch`; any size for the embedded store) is written in one. A larger one is
 * first checked whole (shapes, endpoints, kinds, against the store and the file together), then
 * written in batches, nodes first, with progress: no bad row can stop it half-way, and if the
 * store fails in between, importing the file again completes it, since importing is idempotent
 * (upsert by id; first provenance kept).
 */
export async function importItems(
  store: GraphStore,
  items: ImportItems,
  context: WriteContext,
  onProgress?: Progress,
): Promise<ImportReport> {
  const writer = { ...context, reference: context.reference ?? items.file };
  const total = items.nodes.length + items.relationships.length;
  try {
    const batchSize = store.largestAtomicBatch;
    if (total <= batchSize) {
      await store.upsert({ nodes: items.nodes, relationships: items.relationships }, writer);
      onProgress?.(total, total, 'relationships');
    } else {
      await store.check({ nodes: items.nodes, relationships: items.relationships });
      let written = 0;
      for (const list of ['nodes', 'relationships'] as const) {
        for (let start = 0; start < items[list].length; start += batchSize) {
          const batch = items[list].slice(start, start + batchSize);
          await store.upsert({ [list]: batch }, writer);
          written += batch.length;
          onProgress?.(written, total, list);
        }
      }
    }
  } catch (error) {
    if (error instanceof ValidationError) throw new ImportRefusedError(error.issues.map((issue) => locateIssue(items, issue)));
    throw error;
  }
  return { file: items.file, nodes: items.nodes.length, relationships: items.relationships.length };
}

/** `nodes[3].municipality` becomes location `nodes[3]` (or the file's own, e.g. a CSV line) and field `municipality`. */
function locateIssue(items: ImportItems, issue: { field: string; reason: string }): ImportIssue {
  const match = /^(nodes|relationships)\[(\d+)\]\.?(.*)$/.exec(issue.field);
  if (!match) return { file: items.file, location: '', field: issue.field, reason: issue.reason };
  const [, list, index, field] = match;
  const item = items[list as 'nodes' | 'relationships'][Number(index)] as { id?: unknown } | undefined;
  const named = typeof item?.id === 'string' ? ` (id ${item.id})` : '';
  const location = items.locate?.(list as 'nodes' | 'relationships', Number(index)) ?? `${list}[${index}]${named}`;
  return { file: items.file, location, field: field || '(item)', reason: issue.reason };
}
