import { Inject, Injectable } from '@nestjs/common';
import type { GraphStore } from '@koppel/graph-store';
import { GRAPH_STORE } from '../store/graph-store.token';
import { MatchingQueries } from './matching-queries';

/** The matching queries, bound to the app's store. */
@Injectable()
export class MatchingService extends MatchingQueries {
  constructor(@Inject(GRAPH_STORE) store: GraphStore) {
    super(store);
  }
}
