import type { ConcentricLayoutOptions, CoseLayoutOptions, NodeSingular } from 'cytoscape';

/**
 * Which layout a graph gets, by its size, and which renderer options make it responsive.
 * Force-directed `cose` gives the most readable picture but costs O(n²) per iteration, so it
 * runs in full only on small graphs, cools down faster on medium ones, and a large graph
 * is placed in rings by degree (`concentric`, O(n log n)): hubs in the middle.
 * The layout is run once, by the renderer, when the data arrives; never on every render.
 */

export type GraphSize = 'small' | 'medium' | 'large';

/**
 * Budgets measured with cytoscape 3.35 (headless, random graphs of 2.2 edges per node): a full
 * `cose` run takes about 1 s for 160 nodes and 1.7 s for 250, but 7 s for 500; cooling faster
 * (0.9 a step instead of 0.99) brings 500 nodes to under a second, 1000 nodes still need ~3 s.
 */
export const SMALL_GRAPH_MAX_NODES = 250;
export const SMALL_GRAPH_MAX_EDGES = 1000;
export const MEDIUM_GRAPH_MAX_NODES = 700;
export const MEDIUM_GRAPH_MAX_EDGES = 3000;

export function graphSize(nodeCount: number, edgeCount: number): GraphSize {
  if (nodeCount <= SMALL_GRAPH_MAX_NODES && edgeCount <= SMALL_GRAPH_MAX_EDGES) return 'small';
  if (nodeCount <= MEDIUM_GRAPH_MAX_NODES && edgeCount <= MEDIUM_GRAPH_MAX_EDGES) return 'medium';
  return 'large';
}

export type GraphLayoutOptions = CoseLayoutOptions | ConcentricLayoutOptions;

const COMMON = { fit: true, padding: 40, animate: false } as const;

export function chooseLayout(nodeCount: number, edgeCount: number): GraphLayoutOptions {
  switch (graphSize(nodeCount, edgeCount)) {
    case 'small':
      return {
        ...COMMON,
        name: 'cose',
        randomize: true,
        numIter: 1000,
        nodeRepulsion: () => 14000,
        idealEdgeLength: () => 80,
        edgeElasticity: () => 100,
        gravity: 0.8,
        componentSpacing: 60,
        nodeOverlap: 20,
        nodeDimensionsIncludeLabels: false,
      };
    case 'medium':
      return {
        ...COMMON,
        name: 'cose',
        randomize: true,
        numIter: 150,
        coolingFactor: 0.9,
        nodeRepulsion: () => 6000,
        idealEdgeLength: () => 50,
        gravity: 1,
        nodeDimensionsIncludeLabels: false,
      };
    case 'large':
      return {
        ...COMMON,
        name: 'concentric',
        concentric: (node: NodeSingular) => node.degree(false),
        levelWidth: () => 4,
        minNodeSpacing: 4,
        avoidOverlap: false,
        nodeDimensionsIncludeLabels: false,
      };
  }
}

/**
 * Options for the cytoscape instance itself (they can only be given when it is created).
 * From the cytoscape.js performance guide: on a big graph, draw a cached texture and leave the
 * edges out while panning and zooming, and do not render at the screen's full pixel density.
 */
export interface RenderingOptions {
  hideEdgesOnViewport: boolean;
  textureOnViewport: boolean;
  motionBlur: boolean;
  pixelRatio: number | 'auto';
}

export function renderingOptions(size: GraphSize): RenderingOptions {
  const big = size !== 'small';
  return {
    hideEdgesOnViewport: big,
    textureOnViewport: big,
    motionBlur: size === 'large',
    pixelRatio: big ? 1 : 'auto',
  };
}
