import { ExportButtons } from './export-buttons';
import { ImportForm } from './import-form';

/** "Gegevens": coordinators take the graph out and bring their own data in, without a developer. */
export function DataPanel({ onImported }: { onImported: () => void }) {
  return (
    <section className="data-panel" aria-labelledby="data-panel-title" data-testid="data-panel">
      <h2 id="data-panel-title" className="sidebar-title">
        Gegevens
      </h2>
      <ExportButtons />
      <ImportForm onImported={onImported} />
    </section>
  );
}
