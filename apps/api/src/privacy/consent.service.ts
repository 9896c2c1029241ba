import { Inject, Injectable } from '@nestjs/common';
import type { GraphStore } from '@koppel/graph-store';
import { GRAPH_STORE } from '../store/graph-store.token';
import { ConsentChange } from './consent-change';

/** Consent to matchmaking, bound to the app's store. */
@Injectable()
export class ConsentService extends ConsentChange {
  constructor(@Inject(GRAPH_STORE) store: GraphStore) {
    super(store);
  }
}
