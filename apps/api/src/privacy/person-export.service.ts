import { Inject, Injectable } from '@nestjs/common';
import type { GraphStore } from '@koppel/graph-store';
import { GRAPH_STORE } from '../store/graph-store.token';
import { PersonDataExport } from './person-export';

/** A person's own export, bound to the app's store. */
@Injectable()
export class PersonExportService extends PersonDataExport {
  constructor(@Inject(GRAPH_STORE) store: GraphStore) {
    super(store);
  }
}
