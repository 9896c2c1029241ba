import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import {
  blocksNewIntroduction,
  ConflictError,
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
} from '@koppel/domain';
import { MAX_PAGE_SIZE } from '@koppel/graph-store';
import type { GraphStore, Page, PageRequest } from '@koppel/graph-store';
import { GRAPH_STORE } from '../store/graph-store.token';

/** Who can take part in an introduction: organisations and people, not events or places. */
const INTRODUCIBLE = ['Entrepreneur', 'Network', 'Fund', 'Purchaser', 'Municipality', 'KnowledgeInstitution', 'SupportProgramme', 'Person'];

/**
 * The double opt-in, stored: every step loads the introduction, applies the pure workflow of
 * libs/domain, and saves with the version it read, so concurrent steps cannot overwrite each other.
 * Until accounts exist (issue 5) the caller names who acts; the workflow checks that it is the
 * right party for the step.
 */
@Injectable()
export class IntroductionsService {
  constructor(@Inject(GRAPH_STORE) private readonly store: GraphStore) {}

  async request(request: IntroductionRequest, now = new Date()): Promise<Introduction> {
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

  async review(id: string, coordinatorId: string, decision: ReviewDecision, text: string | undefined, now = new Date()): Promise<Introduction> {
    const coordinator = await this.store.getNode(coordinatorId);
    if (!coordinator) throw new NotFoundError('node', coordinatorId);
    if (coordinator.kind !== 'Person') {
      throw new ValidationError([{ field: 'coordinatorId', reason: `must be a person; '${coordinatorId}' is a ${coordinator.kind}` }]);
    }
    return this.step(id, (introduction) => reviewIntroduction(introduction, decision, coordinatorId, now, text));
  }

  respond(id: string, responderId: string, accept: boolean, note: string | undefined, now = new Date()): Promise<Introduction> {
    return this.step(id, (introduction) => respondToIntroduction(introduction, accept, responderId, now, note));
  }

  recordOutcome(id: string, actorId: string, outcome: IntroductionOutcome, now = new Date()): Promise<Introduction> {
    return this.step(id, (introduction) => recordIntroductionOutcome(introduction, outcome, actorId, now));
  }

  async get(id: string): Promise<Introduction> {
    const introduction = await this.store.getIntroduction(id);
    if (!introduction) throw new NotFoundError('introduction', id);
    return introduction;
  }

  async involving(nodeId: string, statuses: Introduction['status'][] | undefined, page: PageRequest): Promise<Page<Introduction>> {
    if (!(await this.store.getNode(nodeId))) throw new NotFoundError('node', nodeId);
    return this.store.findIntroductions({ involving: nodeId, statuses }, page);
  }

  private async step(id: string, apply: (introduction: Introduction) => Introduction): Promise<Introduction> {
    const introduction = await this.get(id);
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
