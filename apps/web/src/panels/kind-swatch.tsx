import type { NodeKind } from '@koppel/domain';
import { KIND_STYLES } from '../graph/graph-stylesheet';
import { shapeDrawing } from '../graph/legend-shapes';

/** A kind's colour and shape, as drawn on the canvas. */
export function KindSwatch({ kind, size = 16 }: { kind: NodeKind; size?: number }) {
  const { color, border, shape } = KIND_STYLES[kind];
  const drawing = shapeDrawing(shape);
  const paint = { fill: color, stroke: border, strokeWidth: 0.14, strokeLinejoin: 'round' as const };
  return (
    <svg className="kind-swatch" width={size} height={size} viewBox="-1.2 -1.2 2.4 2.4" aria-hidden="true">
      {drawing.element === 'circle' && <circle r={1} {...paint} />}
      {drawing.element === 'rect' && (
        <rect x={-1} y={-1} width={2} height={2} rx={drawing.radius} ry={drawing.radius} {...paint} />
      )}
      {drawing.element === 'polygon' && <polygon points={drawing.points} {...paint} />}
      {drawing.element === 'path' && <path d={drawing.d} {...paint} />}
    </svg>
  );
}
