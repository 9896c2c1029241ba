import { useCallback, useState } from 'react';
import { requestGraphQL } from '../api/client';
import { exportGraph, type ExportFormat } from '../api/graph-transfer';
import { downloadFiles } from './file-download';

export type ExportState =
  | { status: 'idle' }
  | { status: 'busy'; format: ExportFormat }
  | { status: 'done'; format: ExportFormat; fileNames: string[] }
  | { status: 'failed'; format: ExportFormat; message: string };

/** Asks the API for the graph in one format and downloads every file of the answer. */
export function useGraphExport(): { state: ExportState; exportAs: (format: ExportFormat) => void } {
  const [state, setState] = useState<ExportState>({ status: 'idle' });

  const exportAs = useCallback((format: ExportFormat) => {
    setState({ status: 'busy', format });
    exportGraph(requestGraphQL, format)
      .then(async (files) => {
        await downloadFiles(files);
        setState({ status: 'done', format, fileNames: files.map((file) => file.name) });
      })
      .catch((error: unknown) =>
        setState({ status: 'failed', format, message: error instanceof Error ? error.message : String(error) }),
      );
  }, []);

  return { state, exportAs };
}
