import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Viewer } from '@koppel/domain';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { requireOwnUnlessCoordinator } from '../auth/own-organisation.rules';
import type { IntroductionPaths } from '@koppel/matching';
import { IntroductionPathArgs } from './dto/suggest.args';
import { MatchingService } from './matching.service';
import { IntroductionPathResult } from './models/introduction-path.model';

@Resolver()
export class IntroductionPathResolver {
  constructor(private readonly matching: MatchingService) {}

  @Query(() => IntroductionPathResult, {
    description:
      'The best warm paths from one node to another over trusted relationships, and who to ask first; bridges when there is none. `from` is the organisation or person of the account, unless a COORDINATOR asks.',
  })
  introductionPath(@CurrentViewer() viewer: Viewer, @Args() { from, to, maxHops, maxPaths }: IntroductionPathArgs): Promise<IntroductionPaths> {
    requireOwnUnlessCoordinator(viewer, from, 'from');
    return this.matching.introductionPath(from, to, maxHops, maxPaths);
  }
}
