import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Introduction as StoredIntroduction, IntroductionStep as StoredStep } from '@koppel/domain';
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

  @Query(() => Introduction, { description: 'One introduction. NOT_FOUND for an unknown id.' })
  introduction(@Args('id', { type: () => ID, description: 'Id of the introduction.' }) id: string): Promise<StoredIntroduction> {
    return this.service.get(id);
  }

  @Query(() => IntroductionConnection, { description: 'Introductions a node requested or received, oldest first.' })
  async introductions(@Args() { involving, statuses, first, after }: IntroductionsArgs): Promise<Connection<StoredIntroduction>> {
    return toConnection(await this.service.involving(involving, statuses, { first, after }), introductionSortKey);
  }

  @Mutation(() => Introduction, { description: 'Ask to be introduced. CONFLICT when one between the two is open, made or declined recently.' })
  requestIntroduction(@Args('input', { description: 'The request.' }) input: RequestIntroductionInput): Promise<StoredIntroduction> {
    return this.service.request(input);
  }

  @Mutation(() => Introduction, { description: 'A coordinator approves, edits or holds a request that asked for review.' })
  reviewIntroduction(@Args() { id, coordinatorId, decision, text }: ReviewIntroductionArgs): Promise<StoredIntroduction> {
    return this.service.review(id, coordinatorId, decision, text);
  }

  @Mutation(() => Introduction, { description: 'The target accepts or declines (a cool-down starts). Contact details are released to both sides once accounts can prove who asks (issue 5).' })
  respondToIntroduction(@Args() { id, responderId, accept, note }: RespondToIntroductionArgs): Promise<StoredIntroduction> {
    return this.service.respond(id, responderId, accept, note);
  }

  @Mutation(() => Introduction, { description: 'Either side records what came of an accepted introduction.' })
  recordIntroductionOutcome(@Args() { id, actorId, outcome }: RecordIntroductionOutcomeArgs): Promise<StoredIntroduction> {
    return this.service.recordOutcome(id, actorId, outcome);
  }

  @ResolveField(() => [IntroductionStep], { description: 'Every step, oldest first.' })
  steps(
    @Parent() introduction: StoredIntroduction,
    @Args('viewerId', { type: () => ID, nullable: true, description: 'Who is looking (until accounts exist).' }) viewerId?: string,
  ): IntroductionStep[] {
    return introduction.steps.map((step: StoredStep) => ({
      ...step,
      actorId: step.action === 'DECLINED' && viewerId !== introduction.requesterId && viewerId !== step.actorId ? null : step.actorId,
    }));
  }
}
