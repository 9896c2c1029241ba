import { writeFileSync } from 'node:fs';
import { findMunicipality } from '@koppel/domain';
import type { GraphDocument } from './graph-document';

/**
 * GraphML for Gephi and Cytoscape desktop: every node with its kind, name, place, themes and
 * domains, every relationship with its type and main properties, as typed attributes.
 */
const NODE_ATTRIBUTES = [
  ['kind', 'string'],
  ['label', 'string'],
  ['municipality', 'string'],
  ['province', 'string'],
  ['themes', 'string'],
  ['offers', 'string'],
  ['illustrative', 'boolean'],
] as const;

const EDGE_ATTRIBUTES = [
  ['type', 'string'],
  ['key', 'string'],
  ['strength', 'double'],
  ['year', 'int'],
  ['amountEur', 'long'],
  ['confidence', 'double'],
] as const;

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function data(key: string, value: unknown): string {
  if (value === undefined || value === null || value === '') return '';
  const text = Array.isArray(value) ? value.join('|') : String(value);
  return `<data key="${key}">${escapeXml(text)}</data>`;
}

export function graphmlOf(document: GraphDocument): string {
  const keys = [
    ...NODE_ATTRIBUTES.map(([name, type]) => `  <key id="n_${name}" for="node" attr.name="${name}" attr.type="${type}"/>`),
    ...EDGE_ATTRIBUTES.map(([name, type]) => `  <key id="e_${name}" for="edge" attr.name="${name}" attr.type="${type}"/>`),
  ];
  const nodes = document.nodes.map((node) => {
    const municipality = typeof node['municipality'] === 'string' ? node['municipality'] : undefined;
    const values: Record<string, unknown> = {
      ...node,
      label: node['name'],
      province: node['province'] ?? (municipality ? findMunicipality(municipality)?.province : undefined),
    };
    return `    <node id="${escapeXml(String(node['id']))}">${NODE_ATTRIBUTES.map(([name]) => data(`n_${name}`, values[name])).join('')}</node>`;
  });
  const edges = document.relationships.map((rel, index) => {
    const attributes = EDGE_ATTRIBUTES.map(([name]) => data(`e_${name}`, rel[name])).join('');
    return `    <edge id="e${index}" source="${escapeXml(String(rel['from']))}" target="${escapeXml(String(rel['to']))}">${attributes}</edge>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...keys,
    '  <graph id="koppel" edgedefault="directed">',
    ...nodes,
    ...edges,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}

export function writeGraphml(path: string, document: GraphDocument): void {
  writeFileSync(path, graphmlOf(document));
}
