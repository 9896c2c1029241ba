import type { ExportFormat } from '../api/graph-transfer';
import { countLabel } from '../labels/dutch-labels';
import { useGraphExport } from './use-graph-export';

const EXPORT_FORMATS: { format: ExportFormat; label: string; title: string }[] = [
  { format: 'JSON', label: 'JSON', title: 'De hele graaf in één JSON-bestand, met herkomst' },
  { format: 'CSV', label: 'CSV', title: 'Eén CSV-bestand per soort, plus relaties, voor spreadsheets' },
  { format: 'GRAPHML', label: 'GraphML', title: 'Voor Gephi en Cytoscape desktop' },
];

/** Three buttons, one per format; each downloads the whole graph in that format. */
export function ExportButtons() {
  const { state, exportAs } = useGraphExport();
  return (
    <div className="transfer-block" data-testid="export-graph">
      <h3 className="transfer-heading">Exporteren</h3>
      <div className="transfer-actions">
        {EXPORT_FORMATS.map(({ format, label, title }) => (
          <button
            key={format}
            type="button"
            className="button"
            title={title}
            disabled={state.status === 'busy'}
            onClick={() => exportAs(format)}
            data-testid={`export-${format}`}
          >
            {state.status === 'busy' && state.format === format ? `${label}…` : label}
          </button>
        ))}
      </div>
      {state.status === 'done' && (
        <p className="muted transfer-note" role="status" data-testid="export-done">
          {countLabel(state.fileNames.length, 'bestand', 'bestanden')} gedownload: {state.fileNames.join(', ')}
        </p>
      )}
      {state.status === 'failed' && (
        <p className="inline-error transfer-note" role="alert" data-testid="export-error">
          Exporteren mislukt: {state.message}
        </p>
      )}
    </div>
  );
}
