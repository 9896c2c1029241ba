import { memo, useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import type { Core, ElementDefinition, EventObject, NodeCollection, StylesheetJson } from 'cytoscape';
import CytoscapeComponent from 'react-cytoscapejs';
import { exposeGraph } from './expose-graph';
import type { GraphLayoutOptions, RenderingOptions } from './graph-layout';
import { DIMMED_CLASS, HIGHLIGHTED_EDGE_CLASS, HOVER_CLASS, NEIGHBOUR_CLASS, SELECTED_CLASS } from './graph-stylesheet';

export interface GraphCanvasProps {
  elements: ElementDefinition[];
  stylesheet: StylesheetJson;
  /** Run once per layout object: pass a new one only when new data arrives. */
  layout: GraphLayoutOptions;
  /** Fixed for the life of the canvas (cytoscape reads them only at creation). */
  rendering: RenderingOptions;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  /** Bump to fit the whole graph into view again. */
  fitRequest?: number;
}

/**
 * The thin renderer: hands elements and stylesheet to react-cytoscapejs, runs the layout it
 * is given once, turns taps into `onSelect`, and marks the selection and its neighbourhood.
 * Everything it draws comes from the pure modules next to it.
 */
const VIEW_MARGIN = 48;

/** Pans (and if it must, zooms out) so these nodes are on screen; leaves the view alone if they are. */
function bringIntoView(cy: Core, nodes: NodeCollection): void {
  const box = nodes.renderedBoundingBox({ includeLabels: true });
  const width = cy.width();
  const height = cy.height();
  const inView =
    box.x1 >= VIEW_MARGIN && box.y1 >= VIEW_MARGIN && box.x2 <= width - VIEW_MARGIN && box.y2 <= height - VIEW_MARGIN;
  if (inView) return;
  const fitsAtThisZoom = box.w <= width - 2 * VIEW_MARGIN && box.h <= height - 2 * VIEW_MARGIN;
  cy.stop(true, true);
  cy.animate(fitsAtThisZoom ? { center: { eles: nodes } } : { fit: { eles: nodes, padding: VIEW_MARGIN } }, { duration: 300 });
}

export const GraphCanvas = memo(function GraphCanvas({
  elements,
  stylesheet,
  layout,
  rendering,
  selectedId,
  onSelect,
  fitRequest = 0,
}: GraphCanvasProps) {
  const cyRef = useRef<Core | null>(null);
  const onSelectRef = useRef(onSelect);
  useEffect(() => {
    onSelectRef.current = onSelect;
  }, [onSelect]);

  // react-cytoscapejs calls this after every patch; bind events once per cytoscape instance.
  const attach = useCallback((cy: Core) => {
    if (cyRef.current === cy) return;
    cyRef.current = cy;
    cy.on('tap', 'node', (event: EventObject) => onSelectRef.current(event.target.id()));
    cy.on('tap', (event: EventObject) => {
      if (event.target === cy) onSelectRef.current(null);
    });
    cy.on('mouseover', 'node', (event: EventObject) => {
      event.target.addClass(HOVER_CLASS);
      cy.container()?.classList.add('is-pointing');
    });
    cy.on('mouseout', 'node', (event: EventObject) => {
      event.target.removeClass(HOVER_CLASS);
      cy.container()?.classList.remove('is-pointing');
    });
    exposeGraph(cy);
  }, []);

  useEffect(() => () => exposeGraph(null), []);

  // The layout runs when the data (and so the layout object) is new, not when anything else
  // changes; before the browser paints, so the first frame already shows the laid-out graph.
  useLayoutEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const container = cy.container();
    const running = cy.layout(layout);
    // A marker for tests and styling: positions are final once it says "done".
    if (container) container.dataset['layoutState'] = 'running';
    running.one('layoutstop', () => {
      if (container) container.dataset['layoutState'] = 'done';
    });
    running.run();
    return () => {
      running.stop();
    };
  }, [layout]);

  useEffect(() => {
    if (fitRequest > 0) cyRef.current?.animate({ fit: { eles: cyRef.current.elements(':visible'), padding: 40 } }, { duration: 300 });
  }, [fitRequest]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().removeClass([SELECTED_CLASS, NEIGHBOUR_CLASS, DIMMED_CLASS, HIGHLIGHTED_EDGE_CLASS]);
      if (!selectedId) return;
      const node = cy.getElementById(selectedId);
      if (node.empty()) return;
      const neighbourhood = node.closedNeighborhood();
      node.addClass(SELECTED_CLASS);
      neighbourhood.nodes().not(node).addClass(NEIGHBOUR_CLASS);
      neighbourhood.edges().addClass(HIGHLIGHTED_EDGE_CLASS);
      cy.elements().not(neighbourhood).addClass(DIMMED_CLASS);
    });
    const node = cy.getElementById(selectedId ?? '');
    if (node.nonempty() && node.visible()) {
      // The detail panel may just have narrowed the canvas: measure before deciding. Measure
      // after the next frame: a bounding box read right after a class changes the font size
      // would be cached with the old label size (cytoscape 3.35), clipping those labels.
      cy.resize();
      const neighbourhood = node.closedNeighborhood().nodes(':visible');
      cy.one('render', () => bringIntoView(cy, neighbourhood));
    }
    // Rebuilt elements (a kind switched on or off) may have reset classes: mark again.
  }, [selectedId, elements]);

  // Cytoscape follows window resizes itself, but not its container's: tell it.
  useEffect(() => {
    const cy = cyRef.current;
    const container = cy?.container();
    if (!cy || !container || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => cy.resize());
    observer.observe(container);
    return () => observer.disconnect();
  }, []);

  return (
    <CytoscapeComponent
      className="graph-canvas"
      elements={elements}
      stylesheet={stylesheet}
      cy={attach}
      minZoom={0.05}
      maxZoom={4}
      autounselectify
      boxSelectionEnabled={false}
      hideEdgesOnViewport={rendering.hideEdgesOnViewport}
      textureOnViewport={rendering.textureOnViewport}
      motionBlur={rendering.motionBlur}
      pixelRatio={rendering.pixelRatio}
    />
  );
});
