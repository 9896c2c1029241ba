import { Inject, Injectable } from '@nestjs/common';
import { ValidationError, type Viewer } from '@koppel/domain';
import {
  exportGraph,
  graphCsvFilesOf,
  graphJsonOf,
  graphmlOf,
  ImportItems,
  importItems,
  ImportRefusedError,
  parseGraphCsv,
  parseGraphJson,
} from '@koppel/graph-io';
import type { GraphStore } from '@koppel/graph-store';
import { GRAPH_STORE } from '../store/graph-store.token';
import { GraphFileFormat } from './dto/graph-file-format';
import type { GraphFileInput } from './dto/import-graph.input';
import type { ExportedFile, ImportGraphReport } from './models/graph-transfer.model';

/** `ondernemers.json nodes[3]`; a CSV location already names its file (`funds.csv line 4`). */
function whereIn(file: string, location: string): string {
  if (!location) return file;
  return location.startsWith(file) || /\.csv line \d+$/.test(location) ? location : `${file} ${location}`;
}

/**
 * Import and export for coordinators, through the very code of `npx koppel import/export`
 * (libs/graph-io): the same validation, the same all-or-nothing rule, the same files.
 */
@Injectable()
export class GraphTransferService {
  constructor(@Inject(GRAPH_STORE) private readonly store: GraphStore) {}

  async importFiles(format: GraphFileFormat, files: readonly GraphFileInput[], viewer: Viewer): Promise<ImportGraphReport> {
    try {
      const items = this.itemsOf(format, files);
      return await importItems(this.store, items, { origin: 'IMPORT', actor: viewer.accountId });
    } catch (error) {
      if (error instanceof ImportRefusedError) {
        throw new ValidationError(
          error.issues.map((issue) => ({ field: `${whereIn(issue.file, issue.location)}: ${issue.field}`, reason: issue.reason })),
        );
      }
      throw error;
    }
  }

  async exportAs(format: GraphFileFormat): Promise<ExportedFile[]> {
    const document = await exportGraph(this.store);
    switch (format) {
      case GraphFileFormat.JSON:
        return [{ name: 'koppel-graph.json', mediaType: 'application/json', content: graphJsonOf(document) }];
      case GraphFileFormat.CSV:
        return graphCsvFilesOf(document).map((file) => ({ ...file, mediaType: 'text/csv' }));
      case GraphFileFormat.GRAPHML:
        return [{ name: 'koppel-graph.graphml', mediaType: 'application/graphml+xml', content: graphmlOf(document) }];
    }
  }

  private itemsOf(format: GraphFileFormat, files: readonly GraphFileInput[]): ImportItems {
    if (files.length === 0) throw new ValidationError([{ field: 'input.files', reason: 'must hold at least one file' }]);
    switch (format) {
      case GraphFileFormat.JSON:
        if (files.length !== 1) {
          throw new ValidationError([{ field: 'input.files', reason: 'a JSON import is one file; send each file in its own importGraph' }]);
        }
        return parseGraphJson(files[0].name, files[0].content);
      case GraphFileFormat.CSV:
        return parseGraphCsv(files.map((file) => file.name).join('+'), files);
      case GraphFileFormat.GRAPHML:
        throw new ValidationError([{ field: 'input.format', reason: 'GraphML is for export only; import JSON or CSV' }]);
    }
  }
}
