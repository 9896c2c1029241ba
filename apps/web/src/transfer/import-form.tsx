import { useState, type FormEvent } from 'react';
import { importSelectionOf } from './import-selection';
import { ImportOutcomeView } from './import-outcome-view';
import { useGraphImport } from './use-graph-import';

/** Pick one JSON file or several CSV files and import them together, all or nothing. */
export function ImportForm({ onImported }: { onImported: () => void }) {
  const [files, setFiles] = useState<File[]>([]);
  const { outcome, importFiles } = useGraphImport(onImported);
  const selection = importSelectionOf(files.map((file) => file.name));
  const problem = files.length > 0 && 'problem' in selection ? selection.problem : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if ('format' in selection) importFiles(selection.format, files);
  };

  return (
    <form className="transfer-block" onSubmit={submit} data-testid="import-graph">
      <h3 className="transfer-heading">Importeren</h3>
      <p className="muted transfer-note">
        Eén JSON-bestand, of CSV-bestanden per soort (<code>entrepreneurs.csv</code>, <code>relationships.csv</code>, …). Alles of
        niets: bij één fout wordt niets opgeslagen.
      </p>
      <input
        type="file"
        multiple
        accept=".json,.csv,application/json,text/csv"
        aria-label="Bestanden om te importeren"
        onChange={(event) => setFiles(Array.from(event.target.files ?? []))}
        data-testid="import-files"
      />
      {problem && (
        <p className="inline-error transfer-note" role="alert" data-testid="import-selection-problem">
          {problem}
        </p>
      )}
      <button
        type="submit"
        className="button button-primary"
        disabled={!('format' in selection) || outcome.status === 'busy'}
        data-testid="import-submit"
      >
        Importeren
      </button>
      <ImportOutcomeView outcome={outcome} />
    </form>
  );
}
