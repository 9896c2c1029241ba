import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { FindSuppliersArgs, ScoutEntrepreneursArgs, SuggestIntroductionsArgs, SuggestNetworkMembersArgs } from './dto/suggest.args';
import { MatchingService } from './matching.service';
import { SuggestionList } from './models/suggestion.model';
import { toSuggestionList } from './to-suggestion-list';

/** Who should meet whom, in each direction, explained. */
@Resolver()
export class SuggestionsResolver {
  constructor(private readonly matching: MatchingService) {}

  @Query(() => SuggestionList, {
    description: 'Ranked entry points for an entrepreneur: funds, purchasers, its municipality, networks, programmes, institutes and peers.',
  })
  async suggestIntroductions(@Args() { subjectId, kinds, domains, limit }: SuggestIntroductionsArgs): Promise<SuggestionList> {
    return toSuggestionList(await this.matching.suggestIntroductions(subjectId, { kinds, domains, limit }));
  }

  @Query(() => SuggestionList, { description: "Entrepreneurs that fit a fund's thesis, visible for matchmaking only." })
  async scoutEntrepreneurs(@Args() { fundId, filter, limit }: ScoutEntrepreneursArgs): Promise<SuggestionList> {
    return toSuggestionList(await this.matching.scoutEntrepreneurs(fundId, filter ?? {}, limit));
  }

  @Query(() => SuggestionList, { description: 'Enterprises that can deliver what a purchaser buys, or what one procurement question asks.' })
  async findSuppliers(@Args() { purchaserId, question, limit }: FindSuppliersArgs): Promise<SuggestionList> {
    return toSuggestionList(await this.matching.findSuppliers(purchaserId, question, limit));
  }

  @Query(() => SuggestionList, { description: 'Entrepreneurs who should join a network.' })
  async suggestNetworkMembers(@Args() { networkId, limit }: SuggestNetworkMembersArgs): Promise<SuggestionList> {
    return toSuggestionList(await this.matching.suggestNetworkMembers(networkId, limit));
  }

  @Mutation(() => Boolean, {
    description: 'Tells Koppel which suggestions a user was shown: one shown again and again without a request is discounted.',
  })
  async recordSuggestionsShown(
    @Args('subjectId', { type: () => ID, description: 'Who was shown the suggestions.' }) subjectId: string,
    @Args('targetIds', { type: () => [ID], description: 'The suggested nodes that were shown.' }) targetIds: string[],
  ): Promise<boolean> {
    await this.matching.recordSuggestionsShown(subjectId, targetIds);
    return true;
  }
}
