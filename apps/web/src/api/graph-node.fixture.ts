import type { GraphNode } from './graph-types';

/** A node as the web app loads it, for specs: an entrepreneur named after its id unless told otherwise. */
export function graphNode(id: string, fields: Partial<Omit<GraphNode, 'id'>> = {}): GraphNode {
  return { id, kind: 'Entrepreneur', name: `Naam ${id}`, municipality: null, province: null, illustrative: false, ...fields };
}
