import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { GraphDocument } from './graph-document';
import { ImportItems, ImportRefusedError } from './import-graph';

/** Reads a graph JSON file (an export, or one written by hand) as items to import. */
export function readGraphJson(path: string): ImportItems {
  return parseGraphJson(basename(path), readFileSync(path, 'utf8'));
}

/** The text of a graph JSON file as items to import; `file` names it in reports. */
export function parseGraphJson(file: string, text: string): ImportItems {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ImportRefusedError([{ file, location: '', field: '(file)', reason: `is not valid JSON: ${(error as Error).message}` }]);
  }
  const document = parsed as Partial<GraphDocument> | null;
  const lists = ['nodes', 'relationships'] as const;
  const missing = lists.filter((list) => document?.[list] !== undefined && !Array.isArray(document[list]));
  if (!document || typeof document !== 'object' || Array.isArray(document) || missing.length > 0) {
    throw new ImportRefusedError([
      { file, location: '', field: '(file)', reason: 'must be an object with "nodes" and/or "relationships" lists' },
    ]);
  }
  return { file, nodes: document.nodes ?? [], relationships: document.relationships ?? [] };
}

export function writeGraphJson(path: string, document: GraphDocument): void {
  writeFileSync(path, graphJsonOf(document));
}

/** A graph document as the text of a JSON file. */
export function graphJsonOf(document: GraphDocument): string {
  return JSON.stringify(document, null, 1) + '\n';
}
