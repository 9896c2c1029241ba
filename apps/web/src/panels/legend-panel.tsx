import type { NodeKind } from '@koppel/domain';
import { KIND_LABELS, LEGEND_KINDS } from '../labels/dutch-labels';
import { KindSwatch } from './kind-swatch';

export interface LegendPanelProps {
  counts: Record<NodeKind, number>;
  hiddenKinds: ReadonlySet<NodeKind>;
  onToggleKind: (kind: NodeKind) => void;
  onShowAll: () => void;
  onFit: () => void;
}

/** The kinds with their colour, shape and count; each one a switch to show or hide that kind. */
export function LegendPanel({ counts, hiddenKinds, onToggleKind, onShowAll, onFit }: LegendPanelProps) {
  return (
    <section className="legend" aria-labelledby="legend-title" data-testid="legend">
      <h2 id="legend-title" className="sidebar-title">
        Soorten stakeholders
      </h2>
      <ul className="legend-list">
        {LEGEND_KINDS.map((kind) => {
          const shown = !hiddenKinds.has(kind);
          const empty = counts[kind] === 0;
          return (
            <li key={kind} className={`legend-item${shown ? '' : ' is-off'}${empty ? ' is-empty' : ''}`}>
              <label>
                <input
                  type="checkbox"
                  checked={shown}
                  onChange={() => onToggleKind(kind)}
                  data-testid={`kind-toggle-${kind}`}
                  data-kind={kind}
                />
                <KindSwatch kind={kind} size={18} />
                <span className="legend-name">{KIND_LABELS[kind]}</span>
                <span className="legend-count">{counts[kind].toLocaleString('nl-NL')}</span>
              </label>
            </li>
          );
        })}
      </ul>
      <div className="legend-actions">
        <button type="button" className="button" onClick={onShowAll} disabled={hiddenKinds.size === 0}>
          Alles tonen
        </button>
        <button type="button" className="button" onClick={onFit}>
          Passend in beeld
        </button>
      </div>
    </section>
  );
}
