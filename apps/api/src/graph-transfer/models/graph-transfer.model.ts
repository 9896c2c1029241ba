import { Field, Int, ObjectType } from '@nestjs/graphql';
import { GraphFileFormat } from '../dto/graph-file-format';

@ObjectType({ description: 'What one import wrote. Importing the same files again changes nothing.' })
export class ImportGraphReport {
  @Field({ description: 'The file, or for CSV the files, as named in the provenance of what was new.' })
  file!: string;

  @Field(() => Int, { description: 'Nodes in the import (created or updated by id).' })
  nodes!: number;

  @Field(() => Int, { description: 'Relationships in the import (created or updated by identity).' })
  relationships!: number;
}

@ObjectType({ description: 'One file of an export.' })
export class ExportedFile {
  @Field({ description: 'File name, e.g. `koppel-graph.json` or `funds.csv`.' })
  name!: string;

  @Field({ description: 'Media type, e.g. `application/json`, `text/csv`, `application/graphml+xml`.' })
  mediaType!: string;

  @Field({ description: 'The whole text of the file.' })
  content!: string;
}

@ObjectType({ description: 'The whole graph in one format, as files.' })
export class GraphExport {
  @Field(() => GraphFileFormat, { description: 'The format asked for.' })
  format!: GraphFileFormat;

  @Field(() => [ExportedFile], { description: 'The files of the export.' })
  files!: ExportedFile[];
}
