import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Viewer } from '@koppel/domain';
import { Roles } from '../auth/access.decorators';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { requireOwnUnlessCoordinator } from '../auth/own-organisation.rules';
import { FindSuppliersArgs, ScoutEntrepreneursArgs, SuggestIntroductionsArgs, SuggestNetworkMembersArgs } from './dto/suggest.args';
import { MatchingService } from './matching.service';
import { SuggestionList } from './models/suggestion.model';
import { toSuggestionList } from './to-suggestion-list';

/** Who should meet whom, in each direction, explained. */
@Resolver()
export class SuggestionsResolver {
  constructor(private readonly matching: MatchingService) {}

  @Roles('ENTREPRENEUR', 'COORDINATOR')
  @Query(() => SuggestionList, {
    description:
      'Ranked entry points for an entrepreneur: funds, purchasers, its municipality, networks, programmes, institutes and peers. An ENTREPRENEUR asks for its own organisation; a COORDINATOR for any.',
  })
  async suggestIntroductions(
    @CurrentViewer() viewer: Viewer,
    @Args() { subjectId, kinds, domains, limit }: SuggestIntroductionsArgs,
  ): Promise<SuggestionList> {
    requireOwnUnlessCoordinator(viewer, subjectId, 'subjectId');
    return toSuggestionList(await this.matching.suggestIntroductions(subjectId, { kinds, domains, limit }));
  }

  @Roles('FUND', 'COORDINATOR')
  @Query(() => SuggestionList, {
    description: "Entrepreneurs that fit a fund's thesis, visible for matchmaking only. A FUND scouts for its own fund; a COORDINATOR for any.",
  })
  async scoutEntrepreneurs(@CurrentViewer() viewer: Viewer, @Args() { fundId, filter, limit }: ScoutEntrepreneursArgs): Promise<SuggestionList> {
    requireOwnUnlessCoordinator(viewer, fundId, 'fundId');
    return toSuggestionList(await this.matching.scoutEntrepreneurs(fundId, filter ?? {}, limit));
  }

  @Roles('PURCHASER', 'COORDINATOR')
  @Query(() => SuggestionList, {
    description:
      'Enterprises that can deliver what a purchaser buys, or what one procurement question asks. A PURCHASER asks for itself; a COORDINATOR for any.',
  })
  async findSuppliers(@CurrentViewer() viewer: Viewer, @Args() { purchaserId, question, limit }: FindSuppliersArgs): Promise<SuggestionList> {
    requireOwnUnlessCoordinator(viewer, purchaserId, 'purchaserId');
    return toSuggestionList(await this.matching.findSuppliers(purchaserId, question, limit));
  }

  @Roles('COORDINATOR')
  @Query(() => SuggestionList, { description: 'Entrepreneurs who should join a network. COORDINATOR only.' })
  async suggestNetworkMembers(@Args() { networkId, limit }: SuggestNetworkMembersArgs): Promise<SuggestionList> {
    return toSuggestionList(await this.matching.suggestNetworkMembers(networkId, limit));
  }

  @Mutation(() => Boolean, {
    description:
      'Tells Koppel which suggestions a user was shown: one shown again and again without a request is discounted. For the own organisation; a COORDINATOR, who browses on behalf of others, for any.',
  })
  async recordSuggestionsShown(
    @CurrentViewer() viewer: Viewer,
    @Args('subjectId', { type: () => ID, description: 'Whose suggestions were shown.' }) subjectId: string,
    @Args('targetIds', { type: () => [ID] }) targetIds: string[],
  ): Promise<boolean> {
    requireOwnUnlessCoordinator(viewer, subjectId, 'subjectId');
    await this.matching.recordSuggestionsShown(subjectId, targetIds);
    return true;
  }
}
