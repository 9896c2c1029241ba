import { Inject, Injectable } from '@nestjs/common';
import type { ErasureResult, Viewer } from '@koppel/domain';
import type { GraphStore } from '@koppel/graph-store';
import { StandingAccounts } from '../auth/standing-accounts';
import { GRAPH_STORE } from '../store/graph-store.token';
import { PersonErasure } from './person-erasure';

/** Forgetting a person, bound to the app's store; the person's tokens stop working at once here. */
@Injectable()
export class ErasureService extends PersonErasure {
  constructor(
    @Inject(GRAPH_STORE) store: GraphStore,
    private readonly standing: StandingAccounts,
  ) {
    super(store);
  }

  override async forgetPerson(viewer: Viewer, personId: string, reason: string, now?: Date): Promise<ErasureResult> {
    const result = await super.forgetPerson(viewer, personId, reason, now);
    this.standing.forgetAll();
    return result;
  }
}
