import { Field, InputType } from '@nestjs/graphql';
import { GraphFileFormat } from './graph-file-format';

@InputType({ description: 'One file handed over for import: its name and its text.' })
export class GraphFileInput {
  @Field({ description: 'The file name; for CSV it says what the file holds, e.g. `funds.csv` or `relationships.csv`.' })
  name!: string;

  @Field({ description: 'The whole text of the file (UTF-8).' })
  content!: string;
}

@InputType({ description: 'What to import: one JSON file, or the CSV files of one import together.' })
export class ImportGraphInput {
  @Field(() => GraphFileFormat, { description: 'JSON (exactly one file) or CSV (one or more files, imported together).' })
  format!: GraphFileFormat;

  @Field(() => [GraphFileInput], { description: 'The files; imported all or nothing.' })
  files!: GraphFileInput[];
}
