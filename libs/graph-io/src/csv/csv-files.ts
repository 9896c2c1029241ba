import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { NODE_KINDS, NodeKind } from '@koppel/domain';
import type { GraphDocument } from '../graph-document';
import { ImportItems, ImportRefusedError } from '../import-graph';
import { FieldType, formatCell, nestedFieldTypes, nodeFieldTypes, parseCell, relationshipFieldTypes } from './csv-field-types';

/**
 * CSV the way spreadsheet users write it: one file per kind (`entrepreneurs.csv`, ...), one
 * `relationships.csv` with from/to columns, several values in one cell separated by `|`, a
 * nested field as dotted columns (`policy.desk`, `provenance.addedBy`), and an entrepreneur's
 * needs, one row each, in `entrepreneur-needs.csv`.
 */
export const KIND_FILES: Record<NodeKind, string> = {
  Entrepreneur: 'entrepreneurs.csv',
  Network: 'networks.csv',
  Fund: 'funds.csv',
  Purchaser: 'purchasers.csv',
  Municipality: 'municipalities.csv',
  Province: 'provinces.csv',
  KnowledgeInstitution: 'knowledge-institutions.csv',
  SupportProgramme: 'support-programmes.csv',
  Person: 'persons.csv',
  Event: 'events.csv',
};
export const RELATIONSHIPS_FILE = 'relationships.csv';
export const NEEDS_FILE = 'entrepreneur-needs.csv';

type Row = Record<string, string>;

/** An item as columns: nested objects dotted, lists joined; object lists are left to the caller. */
function toRow(item: Record<string, unknown>, types: Map<string, FieldType>, skip: readonly string[]): Row {
  const row: Row = {};
  for (const [field, type] of types) {
    if (skip.includes(field) || type === 'object-list') continue;
    const value = item[field];
    if (type === 'object') {
      for (const [key, nested] of Object.entries((value as Record<string, unknown> | undefined) ?? {})) {
        row[`${field}.${key}`] = formatCell(nested);
      }
    } else {
      row[field] = formatCell(value);
    }
  }
  return row;
}

function columnsOf(rows: Row[]): string[] {
  const columns = new Set<string>();
  for (const row of rows) for (const column of Object.keys(row)) columns.add(column);
  return [...columns];
}

function csvOf(rows: Row[]): string {
  return stringify(rows, { header: true, columns: columnsOf(rows) });
}

/** One file of a CSV export or import: its name (e.g. `funds.csv`) and its text. */
export interface CsvFile {
  name: string;
  content: string;
}

/** Writes a graph document as a folder of CSV files (only the kinds it has); returns their names. */
export function writeGraphCsv(dir: string, document: GraphDocument): string[] {
  mkdirSync(dir, { recursive: true });
  const files = graphCsvFilesOf(document);
  for (const file of files) writeFileSync(join(dir, file.name), file.content);
  return files.map((file) => file.name);
}

/** A graph document as CSV files, one per kind it has, its needs and its relationships. */
export function graphCsvFilesOf(document: GraphDocument): CsvFile[] {
  const written: CsvFile[] = [];
  for (const kind of NODE_KINDS) {
    const nodes = document.nodes.filter((node) => node['kind'] === kind);
    if (nodes.length === 0) continue;
    written.push({ name: KIND_FILES[kind], content: csvOf(nodes.map((node) => toRow(node, nodeFieldTypes(kind), ['kind']))) });
    if (kind === 'Entrepreneur') {
      const needTypes = nestedFieldTypes('node', 'Entrepreneur', 'needs');
      const needs = nodes.flatMap((node) =>
        ((node['needs'] as Record<string, unknown>[] | undefined) ?? []).map((need) => ({
          entrepreneur: String(node['id']),
          ...toRow(need, needTypes, []),
        })),
      );
      if (needs.length > 0) written.push({ name: NEEDS_FILE, content: csvOf(needs) });
    }
  }
  if (document.relationships.length > 0) {
    const rows = document.relationships.map((rel) => toRow(rel, relationshipFieldTypes(), []));
    written.push({ name: RELATIONSHIPS_FILE, content: csvOf(rows) });
  }
  return written;
}

interface ParsedRow {
  line: number;
  row: Row;
}

/** Rows with the line each starts on, counting the header as line 1. */
function readCsv(text: string): ParsedRow[] {
  const records = parse(text, { columns: true, info: true, bom: true, skip_empty_lines: true }) as {
    record: Row;
    info: { lines: number };
  }[];
  let previousEnd = 1;
  return records.map(({ record, info }) => {
    const line = previousEnd + 1;
    previousEnd = info.lines;
    return { line, row: record };
  });
}

/** A row back into an item: typed cells, dotted columns regrouped into their object. */
function fromRow(
  row: Row,
  types: Map<string, FieldType>,
  nested: (field: string) => Map<string, FieldType>,
): Record<string, unknown> {
  const item: Record<string, unknown> = {};
  for (const [column, text] of Object.entries(row)) {
    const [field, key] = column.split('.', 2);
    const type = types.get(field);
    if (key !== undefined && type === 'object') {
      const value = parseCell(text, nested(field).get(key) ?? 'string');
      if (value !== undefined) item[field] = { ...((item[field] as object | undefined) ?? {}), [key]: value };
    } else {
      // An unknown column is passed on as it is, so the schema names it instead of it vanishing.
      const value = parseCell(text, type ?? 'string');
      if (value !== undefined) item[column] = value;
    }
  }
  return item;
}

/** Reads a folder of CSV files (as written by writeGraphCsv, or by a spreadsheet) as items to import. */
export function readGraphCsv(dir: string): ImportItems {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.csv'))
    .map((name) => ({ name, content: readFileSync(join(dir, name), 'utf8') }));
  return parseGraphCsv(basename(dir), files);
}

/**
 * CSV files (by name, as in a folder) as one import: `label` names the whole in reports. A file
 * whose name Koppel does not know is refused rather than ignored, so a typo cannot lose data.
 */
export function parseGraphCsv(label: string, files: readonly CsvFile[]): ImportItems {
  const known = new Set<string>([...Object.values(KIND_FILES), RELATIONSHIPS_FILE, NEEDS_FILE]);
  const unknown = files.map((file) => file.name).filter((name) => !known.has(name));
  const texts = new Map(files.map((file) => [file.name, file.content]));
  if (unknown.length > 0) {
    throw new ImportRefusedError(
      unknown.map((file) => ({ file, location: '', field: '(file)', reason: `is not one of ${[...known].join(', ')}` })),
    );
  }

  const nodes: Record<string, unknown>[] = [];
  const where: string[] = [];
  const needsByOwner = new Map<string, Record<string, unknown>[]>();
  const needsText = texts.get(NEEDS_FILE);
  if (needsText !== undefined) {
    const needTypes = nestedFieldTypes('node', 'Entrepreneur', 'needs');
    for (const { row } of readCsv(needsText)) {
      const { entrepreneur, ...need } = row;
      needsByOwner.set(entrepreneur, [...(needsByOwner.get(entrepreneur) ?? []), fromRow(need, needTypes, () => new Map())]);
    }
  }
  for (const kind of NODE_KINDS) {
    const text = texts.get(KIND_FILES[kind]);
    if (text === undefined) continue;
    for (const { line, row } of readCsv(text)) {
      const node: Record<string, unknown> = {
        kind,
        ...fromRow(row, nodeFieldTypes(kind), (field) => nestedFieldTypes('node', kind, field)),
      };
      const needs = needsByOwner.get(String(node['id']));
      nodes.push(kind === 'Entrepreneur' && needs ? { ...node, needs } : node);
      where.push(`${KIND_FILES[kind]} line ${line}`);
    }
  }

  const relationships: Record<string, unknown>[] = [];
  const relationshipLines: number[] = [];
  const relationshipsText = texts.get(RELATIONSHIPS_FILE);
  if (relationshipsText !== undefined) {
    for (const { line, row } of readCsv(relationshipsText)) {
      relationships.push(fromRow(row, relationshipFieldTypes(), (field) => nestedFieldTypes('relationship', undefined, field)));
      relationshipLines.push(line);
    }
  }

  return {
    file: label,
    nodes,
    relationships,
    locate: (list, index) => (list === 'nodes' ? where[index] : `${RELATIONSHIPS_FILE} line ${relationshipLines[index]}`),
  };
}
