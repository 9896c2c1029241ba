import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import {
  blocksNewIntroduction,
  ConflictError,
  ForbiddenError,
  hasRole,
  Introduction,
  IntroductionOutcome,
  IntroductionRequest,
  NotFoundError,
  recordIntroductionOutcome,
  respondToIntroduction,
  ReviewDecision,
  reviewIntroduction,
  StakeholderNode,
  startIntroduction,
  ValidationError,
  type Viewer,
} from '@koppel/domain';
import { MAX_PAGE_SIZE } from '@koppel/graph-store';
import type { GraphStore, Page, PageRequest } from '@koppel/graph-store';
import { actsFor, requireOwnUnlessCoordinator } from '../auth/own-organisation.rules';
import { GRAPH_STORE } from '../store/graph-store.token';

/** Who can take part in an introduction: organisations and people, not events or places. */
const INTRODUCIBLE = ['Entrepreneur', 'Network', 'Fund', 'Purchaser', 'Municipality', 'KnowledgeInstitution', 'SupportProgramme', 'Person'];

/** What a request asks, the requester being the signed-in account's organisation. */
export type OwnIntroductionRequest = Omit<IntroductionRequest, 'requesterId'>;

/**
 * The double opt-in, stored: every step loads the introduction, applies the pure workflow of
 * libs/domain, and saves with the version it read, so concurrent steps cannot overwrite each other.
 * Who acts is the signed-in viewer: its organisation requests; only the target's account answers;
 * only the two sides record an outcome; only a coordinator reviews.
 */
@Injectable()
export class IntroductionsService {
  constructor(@Inject(GRAPH_STORE) private readonly store: GraphStore) {}

  async request(viewer: Viewer, own: OwnIntroductionRequest, now = new Date()): Promise<Introduction> {
    const request: IntroductionRequest = { ...own, requesterId: viewer.organisationId };
    const [requester, target] = await this.store.getNodes([request.requesterId, request.targetId]).then((found) =>
      [request.requesterId, request.targetId].map((id) => found.find((node) => node.id === id)),
    );
    this.expectIntroducible(requester, 'requesterId', request.requesterId);
    this.expectIntroducible(target, 'targetId', request.targetId);
    if (target && !target.visibleForMatchmaking) {
      throw new ValidationError([{ field: 'targetId', reason: `'${target.id}' has opted out of matchmaking and takes no introductions` }]);
    }
    const earlier = await this.between(request.requesterId, request.targetId);
    const blocking = earlier.find((introduction) => blocksNewIntroduction(introduction, now));
    if (blocking) throw new ConflictError(blockingMessage(blocking));
    const sameDirection = earlier.filter((introduction) => introduction.requesterId === request.requesterId).length;
    const introduction = startIntroduction(request, introductionId(request.requesterId, request.targetId, sameDirection + 1), now);
    return this.store.createIntroduction(introduction);
  }

  /** The reviewer is the coordinator's person when the account has one, else its organisation. */
  review(viewer: Viewer, id: string, decision: ReviewDecision, text: string | undefined, now = new Date()): Promise<Introduction> {
    const reviewer = viewer.personId ?? viewer.organisationId;
    return this.step(id, (introduction) => reviewIntroduction(introduction, decision, reviewer, now, text));
  }

  respond(viewer: Viewer, id: string, accept: boolean, note: string | undefined, now = new Date()): Promise<Introduction> {
    return this.step(id, (introduction) => {
      if (!actsFor(viewer, introduction.targetId)) {
        throw new ForbiddenError(`only the account of the target ('${introduction.targetId}') may accept or decline introduction '${id}'`);
      }
      return respondToIntroduction(introduction, accept, introduction.targetId, now, note);
    });
  }

  recordOutcome(viewer: Viewer, id: string, outcome: IntroductionOutcome, now = new Date()): Promise<Introduction> {
    return this.step(id, (introduction) => {
      const side = [introduction.requesterId, introduction.targetId].find((party) => actsFor(viewer, party));
      if (side === undefined) {
        throw new ForbiddenError(`only the two sides of introduction '${id}' may record its outcome`);
      }
      return recordIntroductionOutcome(introduction, outcome, side, now);
    });
  }

  /** One introduction, for its two sides, its introducer, or a coordinator. */
  async get(viewer: Viewer, id: string): Promise<Introduction> {
    const introduction = await this.load(id);
    const parties = [introduction.requesterId, introduction.targetId, introduction.introducerId].filter((party) => party !== undefined);
    if (!hasRole(viewer, 'COORDINATOR') && !parties.some((party) => actsFor(viewer, party))) {
      throw new ForbiddenError(`introduction '${id}' is for its two sides and coordinators only`);
    }
    return introduction;
  }

  async involving(viewer: Viewer, nodeId: string, statuses: Introduction['status'][] | undefined, page: PageRequest): Promise<Page<Introduction>> {
    requireOwnUnlessCoordinator(viewer, nodeId, 'involving');
    if (!(await this.store.getNode(nodeId))) throw new NotFoundError('node', nodeId);
    return this.store.findIntroductions({ involving: nodeId, statuses }, page);
  }

  private async load(id: string): Promise<Introduction> {
    const introduction = await this.store.getIntroduction(id);
    if (!introduction) throw new NotFoundError('introduction', id);
    return introduction;
  }

  private async step(id: string, apply: (introduction: Introduction) => Introduction): Promise<Introduction> {
    const introduction = await this.load(id);
    return this.store.saveIntroduction(apply(introduction));
  }

  /** Every introduction of the pair, either way round: two indexed reads, not all of one side's. */
  private async between(a: string, b: string): Promise<Introduction[]> {
    const [forward, backward] = await Promise.all([
      this.store.findIntroductions({ requesterId: a, targetId: b }, { first: MAX_PAGE_SIZE }),
      this.store.findIntroductions({ requesterId: b, targetId: a }, { first: MAX_PAGE_SIZE }),
    ]);
    return [...forward.items, ...backward.items];
  }

  private expectIntroducible(node: StakeholderNode | undefined, field: string, id: string): void {
    if (!node) throw new NotFoundError('node', id);
    if (!INTRODUCIBLE.includes(node.kind)) {
      throw new ValidationError([{ field, reason: `must be an organisation or a person; '${id}' is a ${node.kind}` }]);
    }
  }
}

/**
 * Derived from the pair and a sequence number, so two requests for the same pair at once get
 * the same id and the store lets only one of them in.
 */
function introductionId(requesterId: string, targetId: string, sequence: number): string {
  const pair = createHash('sha256').update(`${requesterId}\n${targetId}`).digest('hex').slice(0, 16);
  return `intro:${pair}-${sequence}`;
}

// Says what blocks, never who declined.
function blockingMessage(introduction: Introduction): string {
  if (introduction.status === 'DECLINED') {
    return 'an introduction between these two did not go ahead recently; a new request is possible after the cool-down of 180 days';
  }
  if (introduction.status === 'INTRODUCED') return `these two have already been introduced (introduction '${introduction.id}')`;
  return `an introduction between these two is already under way (introduction '${introduction.id}')`;
}
