export * from './graph-document';
export * from './export-graph';
export * from './import-graph';
export * from './graph-stats';
export * from './json-files';
export * from './csv/csv-files';
export * from './graphml';
