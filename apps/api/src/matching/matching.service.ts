import { Inject, Injectable } from '@nestjs/common';
import type { GraphStore } from '@koppel/graph-store';
import { KOPPEL_CONFIG, KoppelConfig } from '../config/koppel-config';
import { GRAPH_STORE } from '../store/graph-store.token';
import { MatchingQueries, SuggestionAnswer } from './matching-queries';
import { SuggestionAnswerCache } from './suggestion-answer-cache';

/** The matching queries, bound to the app's store, keeping answers as configured (KOPPEL_SUGGESTION_CACHE_*). */
@Injectable()
export class MatchingService extends MatchingQueries {
  constructor(@Inject(GRAPH_STORE) store: GraphStore, @Inject(KOPPEL_CONFIG) config: KoppelConfig) {
    const { maxEntries, ttlSeconds } = config.suggestionCache;
    super(store, maxEntries > 0 ? new SuggestionAnswerCache<SuggestionAnswer>({ maxEntries, ttlMs: ttlSeconds * 1000 }) : undefined);
  }
}
