import type { StylesheetStyle } from 'cytoscape';
import { NODE_KINDS } from '@koppel/domain';
import { HIDDEN_CLASS } from './graph-elements';
import { DIMMED_CLASS, graphStylesheet, KIND_STYLES, SELECTED_CLASS } from './graph-stylesheet';
import { hasShapeDrawing } from './legend-shapes';

const rule = (sheet: ReturnType<typeof graphStylesheet>, selector: string) =>
  (sheet as StylesheetStyle[]).find((block) => block.selector === selector)?.style as Record<string, unknown> | undefined;

describe('the graph stylesheet', () => {
  it('has a style for every node kind of the domain', () => {
    expect(Object.keys(KIND_STYLES).sort()).toEqual([...NODE_KINDS].sort());
  });

  it('gives every kind its own colour', () => {
    const colours = NODE_KINDS.map((kind) => KIND_STYLES[kind].color.toLowerCase());
    expect(new Set(colours).size).toBe(NODE_KINDS.length);
  });

  it('gives every kind its own shape, so kinds can be told apart without colour', () => {
    const shapes = NODE_KINDS.map((kind) => KIND_STYLES[kind].shape);
    expect(new Set(shapes).size).toBe(NODE_KINDS.length);
  });

  it('can draw every kind’s shape in the legend', () => {
    for (const kind of NODE_KINDS) expect(hasShapeDrawing(KIND_STYLES[kind].shape)).toBe(true);
  });

  it.each(NODE_KINDS)('applies the colour and shape of %s to its nodes', (kind) => {
    const style = rule(graphStylesheet({ large: false }), `node[kind = "${kind}"]`);
    expect(style).toMatchObject({ 'background-color': KIND_STYLES[kind].color, shape: KIND_STYLES[kind].shape });
  });

  it('labels nodes with their name, below the node, shortened with an ellipsis when long', () => {
    const style = rule(graphStylesheet({ large: false }), 'node');
    expect(style).toMatchObject({ label: 'data(label)', 'text-valign': 'bottom', 'text-wrap': 'ellipsis' });
  });

  it('keeps labels readable on a small graph with a light outline', () => {
    expect(rule(graphStylesheet({ large: false }), 'node')).toMatchObject({ 'text-outline-color': '#ffffff' });
  });

  it('marks the selected node clearly and dims what is not near it', () => {
    const sheet = graphStylesheet({ large: false });
    expect(rule(sheet, `node.${SELECTED_CLASS}`)).toMatchObject({ 'border-width': 4, 'min-zoomed-font-size': 0 });
    expect(Number(rule(sheet, `node.${DIMMED_CLASS}`)?.['opacity'])).toBeLessThan(0.5);
  });

  it('does not display nodes of a switched-off kind', () => {
    expect(rule(graphStylesheet({ large: false }), `.${HIDDEN_CLASS}`)).toEqual({ display: 'none' });
  });

  it('on a large graph uses the cheapest edges, no label outlines, and skips labels too small to read', () => {
    const small = graphStylesheet({ large: false });
    const large = graphStylesheet({ large: true });
    expect(rule(large, 'edge')).toMatchObject({ 'curve-style': 'haystack' });
    expect(rule(small, 'edge')).toMatchObject({ 'curve-style': 'bezier' });
    expect(rule(large, 'node')).not.toHaveProperty('text-outline-width');
    expect(Number(rule(large, 'node')?.['min-zoomed-font-size'])).toBeGreaterThan(0);
  });
});
