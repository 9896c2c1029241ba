import { Inject, Injectable } from '@nestjs/common';
import type { GraphStore } from '@koppel/graph-store';
import { GRAPH_STORE } from '../store/graph-store.token';
import { PersonErasure } from './person-erasure';

/** Forgetting a person, bound to the app's store. */
@Injectable()
export class ErasureService extends PersonErasure {
  constructor(@Inject(GRAPH_STORE) store: GraphStore) {
    super(store);
  }
}
