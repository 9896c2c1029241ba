import type { Provider } from '@nestjs/common';
import type { GraphStore } from '@koppel/graph-store';
import { GRAPH_STORE } from '../store/graph-store.token';
import { ACCOUNT_RECHECK_MS, StandingAccounts } from './standing-accounts';

/** Answers kept at most: one per account that signed in lately; ~100 bytes each. */
const MAX_STANDING_ACCOUNTS_KEPT = 10_000;

/** StandingAccounts over the app's store: an account stands while the store has it. */
export const standingAccountsProvider: Provider = {
  provide: StandingAccounts,
  inject: [GRAPH_STORE],
  useFactory: (store: GraphStore) =>
    new StandingAccounts(async (accountId) => (await store.getAccount(accountId)) !== null, {
      recheckMs: ACCOUNT_RECHECK_MS,
      maxKept: MAX_STANDING_ACCOUNTS_KEPT,
    }),
};
