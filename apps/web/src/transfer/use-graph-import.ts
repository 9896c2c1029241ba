import { useCallback, useState } from 'react';
import { requestGraphQL } from '../api/client';
import { importGraph, type ImportFormat } from '../api/graph-transfer';
import { failedImportOutcome, type ImportOutcome } from './import-outcome';

/**
 * Reads the picked files as text in the browser, hands them to the API as one import, and on
 * success calls `onImported` (so the graph view loads what is new).
 */
export function useGraphImport(onImported: () => void): {
  outcome: ImportOutcome;
  importFiles: (format: ImportFormat, files: readonly File[]) => void;
} {
  const [outcome, setOutcome] = useState<ImportOutcome>({ status: 'idle' });

  const importFiles = useCallback(
    (format: ImportFormat, files: readonly File[]) => {
      setOutcome({ status: 'busy' });
      Promise.all(files.map(async (file) => ({ name: file.name, content: await file.text() })))
        .then((contents) => importGraph(requestGraphQL, format, contents))
        .then(
          (report) => {
            setOutcome({ status: 'done', report });
            onImported();
          },
          (error: unknown) => setOutcome(failedImportOutcome(error)),
        );
    },
    [onImported],
  );

  return { outcome, importFiles };
}
