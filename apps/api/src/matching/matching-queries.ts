import {
  CandidateFilter,
  MAX_INTERMEDIARY_DEGREE,
  MatchContext,
  NodeKind,
  ORGANISATION_KINDS,
  ValidationError,
  Visibility,
} from '@koppel/domain';
import type { GraphStore } from '@koppel/graph-store';
import {
  describeWarmPaths,
  findWarmPaths,
  IntroductionPaths,
  Suggestion,
  suggestIntroductions,
  SuggestRequest,
  withRelationships,
} from '@koppel/matching';
import { SuggestionAnswerCache } from './suggestion-answer-cache';

export const MAX_SUGGESTIONS = 50;
export const MAX_WARM_PATH_HOPS = 6;
export const MAX_WARM_PATHS = 5;
/**
 * For an entrepreneur's entry points, the 500 most related of each kind (most themes shared,
 * within reach) are weighed: peers are one kind among seven there. On the 10k-organisation
 * generator graph the top ten then overlap 97% with those from 1000 per kind (identical for 67
 * of 100 subjects) for about half the work. Scouting and supplier searches, where entrepreneurs
 * are the point, weigh up to MAX_MATCH_CANDIDATES.
 */
const ENTRY_POINT_CANDIDATES_PER_KIND = 500;
/** The target's relationships read for bridges when there is no path: networks, events (each). */
const BRIDGE_READ_LIMIT = 100;

/**
 * The ties matching weighs and walks: the PUBLIC ones. An answer is the same for every viewer (and
 * kept so, see SuggestionAnswerCache), so a reason or a path must never rest on a tie some viewer
 * may not see. MEMBERS ties are visible to every signed-in account too and could join them; that
 * would change the scores the evaluation measured, so it waits for a measured change.
 */
export const ANONYMOUS_VISIBILITIES: readonly Visibility[] = ['PUBLIC'];

export interface SuggestionAnswer {
  subject: MatchContext['subject'];
  suggestions: Suggestion[];
  candidatesConsidered: number;
  truncated: boolean;
}

interface Ask {
  /** Which query asks: part of the key of a kept answer. */
  operation: 'suggestIntroductions' | 'scoutEntrepreneurs' | 'findSuppliers' | 'suggestNetworkMembers';
  subjectId: string;
  /** The field the subject came in, for errors. */
  field: string;
  expectedKind: NodeKind;
  candidateKinds: readonly NodeKind[];
  candidateFilter?: CandidateFilter;
  maxCandidates?: number;
  limit: number;
  request: Omit<SuggestRequest, 'now' | 'limit'>;
}

/**
 * Composes the store and the matching engine: asks the store for the match context (one call),
 * lets libs/matching score and explain, and checks what the caller asked for on the way in.
 * Plain TypeScript, so the benchmarks measure exactly what the API runs; MatchingService makes it
 * injectable.
 */
export class MatchingQueries {
  /**
   * @param answers where answers are kept between requests (suggestion-answer-cache.ts); none
   * keeps nothing, so every request computes.
   */
  constructor(
    private readonly store: GraphStore,
    private readonly answers?: SuggestionAnswerCache<SuggestionAnswer>,
  ) {}

  /** Entry points for an entrepreneur, across every organisation kind unless narrowed. */
  suggestIntroductions(subjectId: string, options: { kinds?: NodeKind[]; domains?: SuggestRequest['domains']; limit: number }) {
    const kinds = options.kinds && options.kinds.length > 0 ? options.kinds : ORGANISATION_KINDS.filter((kind) => kind !== 'Province');
    const notOrganisations = kinds.filter((kind) => !ORGANISATION_KINDS.includes(kind));
    if (notOrganisations.length > 0) {
      throw new ValidationError([{ field: 'kinds', reason: `must be organisation kinds; not ${notOrganisations.join(', ')}` }]);
    }
    return this.ask({
      operation: 'suggestIntroductions',
      subjectId,
      field: 'subjectId',
      expectedKind: 'Entrepreneur',
      candidateKinds: kinds,
      maxCandidates: ENTRY_POINT_CANDIDATES_PER_KIND,
      limit: options.limit,
      request: { kinds: options.kinds, domains: options.domains },
    });
  }

  /** Entrepreneurs that fit a fund's thesis. */
  scoutEntrepreneurs(fundId: string, filter: CandidateFilter & { minAskEur?: number; maxAskEur?: number }, limit: number) {
    const { minAskEur, maxAskEur, ...candidateFilter } = filter;
    if (minAskEur !== undefined && maxAskEur !== undefined && minAskEur > maxAskEur) {
      throw new ValidationError([{ field: 'filter.minAskEur', reason: 'must not be larger than filter.maxAskEur' }]);
    }
    return this.ask({
      operation: 'scoutEntrepreneurs',
      subjectId: fundId,
      field: 'fundId',
      expectedKind: 'Fund',
      candidateKinds: ['Entrepreneur'],
      candidateFilter,
      limit,
      request: { askBetween: { minEur: minAskEur, maxEur: maxAskEur } },
    });
  }

  /** Enterprises that can deliver what a purchaser buys, or what one of its questions asks. */
  findSuppliers(purchaserId: string, question: string | undefined, limit: number) {
    const asked = question?.trim();
    if (question !== undefined && (!asked || asked.length > 1000)) {
      throw new ValidationError([{ field: 'question', reason: 'must be 1 to 1000 characters' }]);
    }
    return this.ask({
      operation: 'findSuppliers',
      subjectId: purchaserId,
      field: 'purchaserId',
      expectedKind: 'Purchaser',
      candidateKinds: ['Entrepreneur'],
      limit,
      request: { question: asked },
    });
  }

  /** Entrepreneurs who should join a network. */
  suggestNetworkMembers(networkId: string, limit: number) {
    return this.ask({ operation: 'suggestNetworkMembers', subjectId: networkId, field: 'networkId', expectedKind: 'Network', candidateKinds: ['Entrepreneur'], limit, request: {} });
  }

  /**
   * The best warm paths between two nodes. The store hands over only the trust ties on the walks
   * of at most `maxHops` between them, never through a hub (MAX_INTERMEDIARY_DEGREE: a network of
   * hundreds is no warm path, as in the match context), lean (trustTiesBetween: what the search
   * weighs); libs/matching picks the best, and only the relationships and nodes on those paths
   * are read in full, in the same call (trustTiesWithDetails: one round trip on Neo4j while its
   * trust graph is current). When there is none, the target's networks and events are read for
   * bridges.
   */
  async introductionPath(fromId: string, toId: string, maxHops: number, maxPaths: number): Promise<IntroductionPaths> {
    if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_WARM_PATH_HOPS) {
      throw new ValidationError([{ field: 'maxHops', reason: `must be from 1 to ${MAX_WARM_PATH_HOPS}` }]);
    }
    if (!Number.isInteger(maxPaths) || maxPaths < 1 || maxPaths > MAX_WARM_PATHS) {
      throw new ValidationError([{ field: 'maxPaths', reason: `must be from 1 to ${MAX_WARM_PATHS}` }]);
    }
    if (fromId === toId) throw new ValidationError([{ field: 'to', reason: 'must not be the same node as from' }]);
    const request = { fromId, toId, maxHops, maxPaths, now: new Date() };
    // The paths are chosen where the ties are, and only what they run over is read in full.
    const { choice, relationships, nodes } = await this.store.trustTiesWithDetails(
      fromId,
      toId,
      { maxHops, visibilities: ANONYMOUS_VISIBILITIES, maxIntermediaryDegree: MAX_INTERMEDIARY_DEGREE },
      (ties) => {
        const found = findWarmPaths(ties, request);
        if (found.paths.length === 0) return { found, relationships: [], nodeIds: [] };
        const onPaths = new Map(found.paths.flatMap((path) => path.edges.map((edge) => [edge.relationship.id, edge.relationship])));
        return { found, relationships: [...onPaths.values()], nodeIds: found.nodeIds };
      },
    );
    if (choice.found.paths.length > 0) {
      return describeWarmPaths(withRelationships(choice.found, relationships), { nodes, relationships }, request);
    }
    // The target's own memberships and events, a page per kind, through the index of its outgoing relationships.
    const places = { direction: 'OUT', visibilities: ANONYMOUS_VISIBILITIES, perNodeLimit: BRIDGE_READ_LIMIT } as const;
    const [[networks], [events]] = await Promise.all([
      this.store.relationshipsOfMany([{ nodeId: toId }], { ...places, types: ['MEMBER_OF'] }),
      this.store.relationshipsOfMany([{ nodeId: toId }], { ...places, types: ['ATTENDED', 'ORGANISED'] }),
    ]);
    // Searched alone: a path they could complete would run over ties already searched, and found.
    const around = [...networks.items, ...events.items];
    const bridged = findWarmPaths(around, request);
    // Only the nodes the answer names are read in full.
    return describeWarmPaths(bridged, { nodes: await this.store.getNodes(bridged.nodeIds), relationships: around }, request);
  }

  recordSuggestionsShown(subjectId: string, targetIds: readonly string[]): Promise<void> {
    if (targetIds.length < 1 || targetIds.length > MAX_SUGGESTIONS) {
      throw new ValidationError([{ field: 'targetIds', reason: `must name 1 to ${MAX_SUGGESTIONS} targets` }]);
    }
    return this.store.recordImpressions(subjectId, targetIds, new Date());
  }

  private async ask(ask: Ask): Promise<SuggestionAnswer> {
    if (!Number.isInteger(ask.limit) || ask.limit < 1 || ask.limit > MAX_SUGGESTIONS) {
      throw new ValidationError([{ field: 'limit', reason: `must be a whole number from 1 to ${MAX_SUGGESTIONS}` }]);
    }
    if (!this.answers) return this.compute(ask);
    // Every part of the ask is in the key (the field name and expected kind follow from the
    // operation); the token is read first, so what is computed is at least as new as it.
    const { field: _field, expectedKind: _expectedKind, ...asked } = ask;
    const token = await this.store.matchingStateToken(ask.subjectId);
    return this.answers.answer(JSON.stringify(asked), token, () => this.compute(ask));
  }

  private async compute(ask: Ask): Promise<SuggestionAnswer> {
    const context = await this.store.matchContext({
      subjectId: ask.subjectId,
      candidateKinds: ask.candidateKinds,
      candidateFilter: ask.candidateFilter,
      maxCandidates: ask.maxCandidates,
      visibilities: ANONYMOUS_VISIBILITIES,
      // Entry points work where the entrepreneur is; a fund scouts and a buyer buys where it works.
      sameReach: true,
    });
    if (context.subject.kind !== ask.expectedKind) {
      throw new ValidationError([
        { field: ask.field, reason: `must be a ${ask.expectedKind}; '${ask.subjectId}' is a ${context.subject.kind}` },
      ]);
    }
    return {
      subject: context.subject,
      suggestions: suggestIntroductions(context, { ...ask.request, now: new Date(), limit: ask.limit }),
      candidatesConsidered: context.candidates.length,
      truncated: context.truncated,
    };
  }
}
