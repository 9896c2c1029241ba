import type { Css, StylesheetJson } from 'cytoscape';
import type { NodeKind, RelationshipType } from '@koppel/domain';
import { HIDDEN_CLASS } from './graph-elements';

/**
 * How the graph looks. Each node kind has its own colour AND its own shape, so kinds stay
 * distinguishable for colour-blind readers and in print; the legend draws the same pairs.
 * Colours are the Tableau 10 palette (made for telling categories apart), each with a darker
 * border tone for contrast on the light background.
 */
export interface KindStyle {
  color: string;
  border: string;
  shape: Css.NodeShape;
}

export const KIND_STYLES: Record<NodeKind, KindStyle> = {
  Entrepreneur: { color: '#59a14f', border: '#3b6e34', shape: 'ellipse' },
  Network: { color: '#b07aa1', border: '#7d5272', shape: 'hexagon' },
  Fund: { color: '#edc948', border: '#a88a1f', shape: 'diamond' },
  Purchaser: { color: '#f28e2b', border: '#b0621a', shape: 'tag' },
  Municipality: { color: '#4e79a7', border: '#2f5177', shape: 'round-rectangle' },
  Province: { color: '#1d3a5f', border: '#0d1d33', shape: 'octagon' },
  KnowledgeInstitution: { color: '#e15759', border: '#a33234', shape: 'pentagon' },
  SupportProgramme: { color: '#76b7b2', border: '#4a837e', shape: 'round-triangle' },
  Person: { color: '#ff9da7', border: '#c0636e', shape: 'rhomboid' },
  Event: { color: '#9c755f', border: '#6b4e3d', shape: 'star' },
};

/**
 * Kinds whose names stay readable at any zoom on a small graph: the few organisations people
 * look for first (there are tens of them, against hundreds of entrepreneurs and persons).
 */
export const ALWAYS_LABELLED_KINDS: readonly NodeKind[] = [
  'Province',
  'Network',
  'Fund',
  'KnowledgeInstitution',
  'SupportProgramme',
  'Event',
];

/** Relationships that say where something is rather than who works with whom: drawn faintly. */
export const STRUCTURAL_RELATIONSHIPS: readonly RelationshipType[] = ['LOCATED_IN', 'PART_OF'];

export const SELECTED_CLASS = 'selected';
export const NEIGHBOUR_CLASS = 'neighbour';
export const DIMMED_CLASS = 'dimmed';
export const HIGHLIGHTED_EDGE_CLASS = 'highlighted';
export const HOVER_CLASS = 'hover';

export interface StylesheetOptions {
  /**
   * A big graph: straight "haystack" edges (the cheapest to draw), no label outlines, and
   * labels drawn only when zoomed in far enough to read them (cytoscape.js performance guide).
   */
  large: boolean;
}

const TEXT = '#1f2933';
const EDGE = '#9aa5b1';
const EDGE_FAINT = '#cfd6dd';
const ACCENT = '#111827';

export function graphStylesheet({ large }: StylesheetOptions): StylesheetJson {
  const kindRules: StylesheetJson = (Object.keys(KIND_STYLES) as NodeKind[]).map((kind) => ({
    selector: `node[kind = "${kind}"]`,
    style: {
      'background-color': KIND_STYLES[kind].color,
      'border-color': KIND_STYLES[kind].border,
      shape: KIND_STYLES[kind].shape,
    },
  }));
  const structural = STRUCTURAL_RELATIONSHIPS.map((type) => `edge[type = "${type}"]`).join(', ');

  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        // Hubs are bigger and keep their label longest when zooming out.
        width: 'mapData(degree, 0, 30, 20, 56)',
        height: 'mapData(degree, 0, 30, 20, 56)',
        'border-width': 1.5,
        color: TEXT,
        'font-family': 'Inter, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
        'font-size': 'mapData(degree, 0, 20, 9, 16)',
        'font-weight': 500,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'ellipsis',
        'text-max-width': '170px',
        // A label is drawn only when it would be at least this big on screen: at the fitted
        // zoom the hubs are named, the rest as soon as one zooms in (or hovers, or selects).
        'min-zoomed-font-size': large ? 12 : 11,
        ...(large
          ? {}
          : { 'text-outline-color': '#ffffff', 'text-outline-width': 2, 'text-outline-opacity': 0.9 }),
      },
    },
    ...kindRules,
    ...(large
      ? []
      : [
          {
            selector: ALWAYS_LABELLED_KINDS.map((kind) => `node[kind = "${kind}"]`).join(', '),
            style: {
              'min-zoomed-font-size': 0,
              'font-size': 'mapData(degree, 0, 20, 11, 16)',
              width: 'mapData(degree, 0, 30, 26, 56)',
              height: 'mapData(degree, 0, 30, 26, 56)',
            },
          },
        ]),
    {
      selector: 'edge',
      style: {
        width: 1,
        'line-color': EDGE,
        opacity: large ? 1 : 0.8,
        'curve-style': large ? 'haystack' : 'bezier',
        ...(large ? { 'haystack-radius': 0 } : {}),
      },
    },
    { selector: structural, style: { 'line-color': EDGE_FAINT, width: 0.75 } },
    { selector: `.${HIDDEN_CLASS}`, style: { display: 'none' } },
    { selector: `node.${DIMMED_CLASS}`, style: { opacity: 0.18, 'text-opacity': 0 } },
    { selector: `edge.${DIMMED_CLASS}`, style: { opacity: 0.06 } },
    {
      selector: `node.${NEIGHBOUR_CLASS}`,
      style: {
        'border-width': 2.5,
        'font-size': 12,
        'min-zoomed-font-size': 0,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
        'z-index': 10,
      },
    },
    {
      selector: `node.${HOVER_CLASS}`,
      style: {
        'min-zoomed-font-size': 0,
        'font-size': 13,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
        'text-max-width': '220px',
        'z-index': 30,
      },
    },
    {
      selector: `node.${SELECTED_CLASS}`,
      style: {
        'border-width': 4,
        'border-color': ACCENT,
        'font-size': 16,
        'font-weight': 700,
        'min-zoomed-font-size': 0,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': '3px',
        'text-background-shape': 'roundrectangle',
        'z-index': 20,
      },
    },
    {
      selector: `edge.${HIGHLIGHTED_EDGE_CLASS}`,
      style: {
        width: 2.5,
        'line-color': '#52606d',
        opacity: 1,
        'z-index': 15,
        ...(large ? {} : { 'target-arrow-shape': 'triangle', 'target-arrow-color': '#52606d', 'arrow-scale': 0.8 }),
      },
    },
  ];
}
