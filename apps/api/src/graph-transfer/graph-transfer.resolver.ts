import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Viewer } from '@koppel/domain';
import { Roles } from '../auth/access.decorators';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { GraphFileFormat } from './dto/graph-file-format';
import { ImportGraphInput } from './dto/import-graph.input';
import { GraphTransferService } from './graph-transfer.service';
import { GraphExport, ImportGraphReport } from './models/graph-transfer.model';

/** Coordinators bring their own data in and take the graph out, without a developer. */
@Resolver()
export class GraphTransferResolver {
  constructor(private readonly transfer: GraphTransferService) {}

  @Roles('COORDINATOR')
  @Mutation(() => ImportGraphReport, {
    description:
      'Imports one JSON file or one set of CSV files, all or nothing: one bad row and nothing is written, and BAD_USER_INPUT names every problem (file, line, field, reason). Importing the same files twice changes nothing. Coordinators only. For very large files use `npx koppel import`, which shows progress.',
  })
  importGraph(@Args('input', { description: 'The files to import and their format.' }) input: ImportGraphInput, @CurrentViewer() viewer: Viewer): Promise<ImportGraphReport> {
    return this.transfer.importFiles(input.format, input.files, viewer);
  }

  @Roles('COORDINATOR')
  @Query(() => GraphExport, { description: 'The whole graph as files of one format (JSON, CSV or GraphML), contact data included. Coordinators only.' })
  async exportGraph(@Args('format', { type: () => GraphFileFormat, description: 'The format of the files.' }) format: GraphFileFormat): Promise<GraphExport> {
    return { format, files: await this.transfer.exportAs(format) };
  }
}
