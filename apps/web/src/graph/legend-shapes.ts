import type { Css } from 'cytoscape';

/**
 * SVG drawings of the cytoscape node shapes the stylesheet uses, for the legend and the detail
 * panel, so a reader sees the same shape beside a kind's name as on the canvas.
 * Coordinates are in a box from -1 to 1; draw with viewBox="-1.2 -1.2 2.4 2.4".
 */
export type ShapeDrawing =
  | { element: 'circle' }
  | { element: 'rect'; radius: number }
  | { element: 'polygon'; points: string }
  | { element: 'path'; d: string };

function regularPolygon(sides: number, rotation: number): string {
  return Array.from({ length: sides }, (_, i) => {
    const angle = rotation + (2 * Math.PI * i) / sides;
    return `${round(Math.cos(angle))},${round(Math.sin(angle))}`;
  }).join(' ');
}

function star(points: number, inner: number): string {
  return Array.from({ length: points * 2 }, (_, i) => {
    const r = i % 2 === 0 ? 1 : inner;
    const angle = -Math.PI / 2 + (Math.PI * i) / points;
    return `${round(r * Math.cos(angle))},${round(r * Math.sin(angle))}`;
  }).join(' ');
}

const round = (n: number) => Math.round(n * 1000) / 1000;

const DRAWINGS: Partial<Record<Css.NodeShape, ShapeDrawing>> = {
  ellipse: { element: 'circle' },
  rectangle: { element: 'rect', radius: 0 },
  'round-rectangle': { element: 'rect', radius: 0.35 },
  triangle: { element: 'polygon', points: '0,-1 1,1 -1,1' },
  'round-triangle': { element: 'polygon', points: '0,-1 1,1 -1,1' },
  diamond: { element: 'polygon', points: '0,-1 1,0 0,1 -1,0' },
  pentagon: { element: 'polygon', points: regularPolygon(5, -Math.PI / 2) },
  hexagon: { element: 'polygon', points: '-1,0 -0.5,-0.87 0.5,-0.87 1,0 0.5,0.87 -0.5,0.87' },
  octagon: { element: 'polygon', points: regularPolygon(8, Math.PI / 8) },
  star: { element: 'polygon', points: star(5, 0.45) },
  tag: { element: 'polygon', points: '-1,-0.8 0.4,-0.8 1,0 0.4,0.8 -1,0.8' },
  rhomboid: { element: 'polygon', points: '-0.6,-0.8 1,-0.8 0.6,0.8 -1,0.8' },
  barrel: { element: 'path', d: 'M -0.8,-1 L 0.8,-1 Q 1.1,0 0.8,1 L -0.8,1 Q -1.1,0 -0.8,-1 Z' },
};

/** The drawing for a shape; a circle for shapes the legend has no drawing of. */
export function shapeDrawing(shape: Css.NodeShape): ShapeDrawing {
  return DRAWINGS[shape] ?? { element: 'circle' };
}

export function hasShapeDrawing(shape: Css.NodeShape): boolean {
  return DRAWINGS[shape] !== undefined;
}
