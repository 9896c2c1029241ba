import type { GraphQLRequest } from './graphql-client';
import { EXPORT_GRAPH, IMPORT_GRAPH } from './queries';

/** The formats the API writes; it reads JSON and CSV only. */
export type ExportFormat = 'JSON' | 'CSV' | 'GRAPHML';
export type ImportFormat = 'JSON' | 'CSV';

/** A file as the API hands it over or takes it in: its name and its whole text. */
export interface TransferFile {
  name: string;
  content: string;
}

export interface ExportedFile extends TransferFile {
  mediaType: string;
}

/** What one import wrote. */
export interface ImportReport {
  file: string;
  nodes: number;
  relationships: number;
}

export async function exportGraph(request: GraphQLRequest, format: ExportFormat): Promise<ExportedFile[]> {
  return (await request<{ exportGraph: { files: ExportedFile[] } }>(EXPORT_GRAPH, { format })).exportGraph.files;
}

/** Refused input rejects with a GraphQLResponseError whose `issues` name every problem. */
export async function importGraph(request: GraphQLRequest, format: ImportFormat, files: TransferFile[]): Promise<ImportReport> {
  return (await request<{ importGraph: ImportReport }>(IMPORT_GRAPH, { input: { format, files } })).importGraph;
}
