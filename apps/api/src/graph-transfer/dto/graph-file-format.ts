import { registerEnumType } from '@nestjs/graphql';

/** The file formats Koppel reads and writes; GraphML is written only (for Gephi and Cytoscape desktop). */
export enum GraphFileFormat {
  JSON = 'JSON',
  CSV = 'CSV',
  GRAPHML = 'GRAPHML',
}

registerEnumType(GraphFileFormat, {
  name: 'GraphFileFormat',
  description: 'A file format of the graph.',
  valuesMap: {
    JSON: { description: 'The whole graph in one JSON file (`koppel-graph.json`), provenance included.' },
    CSV: { description: 'One CSV file per kind, `entrepreneur-needs.csv` and `relationships.csv`, as spreadsheet users write them.' },
    GRAPHML: { description: 'GraphML for Gephi and Cytoscape desktop; export only.' },
  },
});
