import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Viewer } from '@koppel/domain';
import { Roles } from '../auth/access.decorators';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { requireOwnUnlessCoordinator } from '../auth/own-organisation.rules';
import { maskNeedReasons } from '../privacy/mask-need-reasons';
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
    return forViewer(await this.matching.suggestIntroductions(subjectId, { kinds, domains, limit }), viewer);
  }

  @Roles('FUND', 'COORDINATOR')
  @Query(() => SuggestionList, {
    description: "Entrepreneurs that fit a fund's thesis, visible for matchmaking only. A FUND scouts for its own fund; a COORDINATOR for any.",
  })
  async scoutEntrepreneurs(@CurrentViewer() viewer: Viewer, @Args() { fundId, filter, limit }: ScoutEntrepreneursArgs): Promise<SuggestionList> {
    requireOwnUnlessCoordinator(viewer, fundId, 'fundId');
    return forViewer(await this.matching.scoutEntrepreneurs(fundId, filter ?? {}, limit), viewer);
  }

  @Roles('PURCHASER', 'COORDINATOR')
  @Query(() => SuggestionList, {
    description:
      'Enterprises that can deliver what a purchaser buys, or what one procurement question asks. A PURCHASER asks for itself; a COORDINATOR for any.',
  })
  async findSuppliers(@CurrentViewer() viewer: Viewer, @Args() { purchaserId, question, limit }: FindSuppliersArgs): Promise<SuggestionList> {
    requireOwnUnlessCoordinator(viewer, purchaserId, 'purchaserId');
    return forViewer(await this.matching.findSuppliers(purchaserId, question, limit), viewer);
  }

  @Roles('COORDINATOR')
  @Query(() => SuggestionList, { description: 'Entrepreneurs who should join a network. COORDINATOR only.' })
  async suggestNetworkMembers(@CurrentViewer() viewer: Viewer, @Args() { networkId, limit }: SuggestNetworkMembersArgs): Promise<SuggestionList> {
    return forViewer(await this.matching.suggestNetworkMembers(networkId, limit), viewer);
  }

  @Mutation(() => Boolean, {
    description:
      'Tells Koppel which suggestions a user was shown: one shown again and again without a request is discounted. For the own organisation; a COORDINATOR, who browses on behalf of others, for any.',
  })
  async recordSuggestionsShown(
    @CurrentViewer() viewer: Viewer,
    @Args('subjectId', { type: () => ID, description: 'Whose suggestions were shown.' }) subjectId: string,
    @Args('targetIds', { type: () => [ID], description: 'The suggested nodes that were shown.' }) targetIds: string[],
  ): Promise<boolean> {
    requireOwnUnlessCoordinator(viewer, subjectId, 'subjectId');
    await this.matching.recordSuggestionsShown(subjectId, targetIds);
    return true;
  }
}
