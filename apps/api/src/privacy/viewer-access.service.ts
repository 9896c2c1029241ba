import { Inject, Injectable } from '@nestjs/common';
import type { GraphStore } from '@koppel/graph-store';
import { GRAPH_STORE } from '../store/graph-store.token';
import { ViewerAccessRules } from './viewer-access';

/** The access rules, bound to the app's store (one per app; per-request data is kept per request). */
@Injectable()
export class ViewerAccess extends ViewerAccessRules {
  constructor(@Inject(GRAPH_STORE) store: GraphStore) {
    super(store);
  }
}
