import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Introduction as StoredIntroduction, IntroductionStep as StoredStep, Viewer } from '@koppel/domain';
import { Roles } from '../auth/access.decorators';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { actsFor } from '../auth/own-organisation.rules';
import { introductionSortKey } from '@koppel/graph-store';
import { Connection, toConnection } from '../graphql/connection';
import {
  IntroductionsArgs,
  RecordIntroductionOutcomeArgs,
  RequestIntroductionInput,
  RespondToIntroductionArgs,
  ReviewIntroductionArgs,
} from './dto/introduction.args';
import { IntroductionsService } from './introductions.service';
import { Introduction, IntroductionConnection, IntroductionStep } from './models/introduction.model';

@Resolver(() => Introduction)
export class IntroductionsResolver {
  constructor(private readonly service: IntroductionsService) {}

  @Query(() => Introduction, {
    description: 'One introduction, for its two sides, its introducer and coordinators (FORBIDDEN for others). NOT_FOUND for an unknown id.',
  })
  introduction(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID, description: 'Id of the introduction.' }) id: string): Promise<StoredIntroduction> {
    return this.service.get(viewer, id);
  }

  @Query(() => IntroductionConnection, {
    description: 'Introductions a node requested or received, oldest first: the own organisation or person, unless a COORDINATOR asks.',
  })
  async introductions(
    @CurrentViewer() viewer: Viewer,
    @Args() { involving, statuses, first, after }: IntroductionsArgs,
  ): Promise<Connection<StoredIntroduction>> {
    return toConnection(await this.service.involving(viewer, involving, statuses, { first, after }), introductionSortKey);
  }

  @Mutation(() => Introduction, {
    description: "Ask, as the account's organisation, to be introduced. CONFLICT when one between the two is open, made or declined recently.",
  })
  requestIntroduction(@CurrentViewer() viewer: Viewer, @Args('input', { description: 'The request.' }) input: RequestIntroductionInput): Promise<StoredIntroduction> {
    return this.service.request(viewer, input);
  }

  @Roles('COORDINATOR')
  @Mutation(() => Introduction, { description: 'A coordinator (the signed-in one) approves, edits or holds a request that asked for review.' })
  reviewIntroduction(@CurrentViewer() viewer: Viewer, @Args() { id, decision, text }: ReviewIntroductionArgs): Promise<StoredIntroduction> {
    return this.service.review(viewer, id, decision, text);
  }

  @Mutation(() => Introduction, {
    description: "The target's account accepts or declines (a cool-down starts); FORBIDDEN for anyone else.",
  })
  respondToIntroduction(@CurrentViewer() viewer: Viewer, @Args() { id, accept, note }: RespondToIntroductionArgs): Promise<StoredIntroduction> {
    return this.service.respond(viewer, id, accept, note);
  }

  @Mutation(() => Introduction, { description: 'Either side records what came of an accepted introduction; FORBIDDEN for anyone else.' })
  recordIntroductionOutcome(
    @CurrentViewer() viewer: Viewer,
    @Args() { id, outcome }: RecordIntroductionOutcomeArgs,
  ): Promise<StoredIntroduction> {
    return this.service.recordOutcome(viewer, id, outcome);
  }

  @ResolveField(() => [IntroductionStep], {
    description: 'Every step, oldest first. Who declined is shown only to the requester (and to whoever declined).',
  })
  steps(@Parent() introduction: StoredIntroduction, @CurrentViewer() viewer: Viewer): IntroductionStep[] {
    const toldWhoDeclined = actsFor(viewer, introduction.requesterId);
    return introduction.steps.map((step: StoredStep) => ({
      ...step,
      actorId: step.action === 'DECLINED' && !toldWhoDeclined && !actsFor(viewer, step.actorId) ? null : step.actorId,
    }));
  }
}
