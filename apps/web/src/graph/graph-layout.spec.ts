import {
  chooseLayout,
  graphSize,
  MEDIUM_GRAPH_MAX_NODES,
  renderingOptions,
  SMALL_GRAPH_MAX_EDGES,
  SMALL_GRAPH_MAX_NODES,
} from './graph-layout';

describe('choosing the layout by graph size', () => {
  it('calls a graph small, medium or large by its nodes and edges', () => {
    expect(graphSize(0, 0)).toBe('small');
    expect(graphSize(SMALL_GRAPH_MAX_NODES, SMALL_GRAPH_MAX_EDGES)).toBe('small');
    expect(graphSize(SMALL_GRAPH_MAX_NODES + 1, 10)).toBe('medium');
    expect(graphSize(100, SMALL_GRAPH_MAX_EDGES + 1)).toBe('medium');
    expect(graphSize(MEDIUM_GRAPH_MAX_NODES + 1, 10)).toBe('large');
    expect(graphSize(50_000, 200_000)).toBe('large');
  });

  it('lays out a small graph with a full force-directed cose run', () => {
    expect(chooseLayout(150, 400)).toMatchObject({ name: 'cose', numIter: 1000 });
  });

  it('gives a medium graph a shorter cose run that cools down faster', () => {
    const small = chooseLayout(150, 400) as { numIter: number; coolingFactor?: number };
    const medium = chooseLayout(SMALL_GRAPH_MAX_NODES + 1, 2000) as { name: string; numIter: number; coolingFactor: number };
    expect(medium.name).toBe('cose');
    expect(medium.numIter).toBeLessThan(small.numIter);
    expect(medium.coolingFactor).toBeLessThan(small.coolingFactor ?? 0.99);
  });

  it('places a large graph in rings by degree instead of simulating forces', () => {
    expect(chooseLayout(10_000, 30_000)).toMatchObject({ name: 'concentric' });
  });

  it('never animates the layout and always fits the result into view', () => {
    for (const [nodes, edges] of [
      [10, 10],
      [800, 2000],
      [10_000, 30_000],
    ]) {
      expect(chooseLayout(nodes, edges)).toMatchObject({ animate: false, fit: true });
    }
  });

  it('turns on the cytoscape.js performance options only for graphs that need them', () => {
    expect(renderingOptions('small')).toMatchObject({ hideEdgesOnViewport: false, textureOnViewport: false, motionBlur: false });
    expect(renderingOptions('medium')).toMatchObject({ hideEdgesOnViewport: true, textureOnViewport: true, pixelRatio: 1 });
    expect(renderingOptions('large')).toMatchObject({ hideEdgesOnViewport: true, textureOnViewport: true, pixelRatio: 1 });
  });
});
