import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Viewer } from '@koppel/domain';
import { maskNeedReasons } from '../privacy/mask-need-reasons';
import { ViewerIfAny } from '../privacy/signed-in-viewer';
import { FindSuppliersArgs, ScoutEntrepreneursArgs, SuggestIntroductionsArgs, SuggestNetworkMembersArgs } from './dto/suggest.args';
import { MatchingService } from './matching.service';
import { SuggestionList } from './models/suggestion.model';
import type { SuggestionAnswer } from './matching-queries';
import { toSuggestionList } from './to-suggestion-list';

/** The answer as the viewer may see it: no reason that tells an unshared need (mask-need-reasons.ts). */
function forViewer(answer: SuggestionAnswer, viewer: Viewer | undefined): SuggestionList {
  return toSuggestionList({ ...answer, suggestions: maskNeedReasons(viewer, answer.subject, answer.suggestions) });
}

/** Who should meet whom, in each direction, explained. */
@Resolver()
export class SuggestionsResolver {
  constructor(private readonly matching: MatchingService) {}

  @Query(() => SuggestionList, {
    description: 'Ranked entry points for an entrepreneur: funds, purchasers, its municipality, networks, programmes, institutes and peers.',
  })
  async suggestIntroductions(
    @Args() { subjectId, kinds, domains, limit }: SuggestIntroductionsArgs,
    @ViewerIfAny() viewer: Viewer | undefined,
  ): Promise<SuggestionList> {
    return forViewer(await this.matching.suggestIntroductions(subjectId, { kinds, domains, limit }), viewer);
  }

  @Query(() => SuggestionList, { description: "Entrepreneurs that fit a fund's thesis, visible for matchmaking only." })
  async scoutEntrepreneurs(@Args() { fundId, filter, limit }: ScoutEntrepreneursArgs, @ViewerIfAny() viewer: Viewer | undefined): Promise<SuggestionList> {
    return forViewer(await this.matching.scoutEntrepreneurs(fundId, filter ?? {}, limit), viewer);
  }

  @Query(() => SuggestionList, { description: 'Enterprises that can deliver what a purchaser buys, or what one procurement question asks.' })
  async findSuppliers(@Args() { purchaserId, question, limit }: FindSuppliersArgs, @ViewerIfAny() viewer: Viewer | undefined): Promise<SuggestionList> {
    return forViewer(await this.matching.findSuppliers(purchaserId, question, limit), viewer);
  }

  @Query(() => SuggestionList, { description: 'Entrepreneurs who should join a network.' })
  async suggestNetworkMembers(@Args() { networkId, limit }: SuggestNetworkMembersArgs, @ViewerIfAny() viewer: Viewer | undefined): Promise<SuggestionList> {
    return forViewer(await this.matching.suggestNetworkMembers(networkId, limit), viewer);
  }

  @Mutation(() => Boolean, {
    description: 'Tells Koppel which suggestions a user was shown: one shown again and again without a request is discounted.',
  })
  async recordSuggestionsShown(
    @Args('subjectId', { type: () => ID }) subjectId: string,
    @Args('targetIds', { type: () => [ID] }) targetIds: string[],
  ): Promise<boolean> {
    await this.matching.recordSuggestionsShown(subjectId, targetIds);
    return true;
  }
}
