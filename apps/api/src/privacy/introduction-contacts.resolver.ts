import { Inject } from '@nestjs/common';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Introduction as StoredIntroduction, Viewer } from '@koppel/domain';
import type { GraphStore } from '@koppel/graph-store';
import { Introduction } from '../introductions/models/introduction.model';
import { GRAPH_STORE } from '../store/graph-store.token';
import { IntroductionContact } from './models/introduction-contact.model';
import { introductionContacts } from './introduction-contacts';
import { ViewerIfAny } from './signed-in-viewer';

/** The contact people of both sides, released by the target's yes (contact-visibility.ts). */
@Resolver(() => Introduction)
export class IntroductionContactsResolver {
  constructor(@Inject(GRAPH_STORE) private readonly store: GraphStore) {}

  @ResolveField(() => [IntroductionContact], {
    nullable: true,
    description:
      'The contact people of both sides (a side that is a person, and the people who work for a side). Null unless the viewer is one of the two parties and the target accepted, or a coordinator.',
  })
  contacts(@Parent() introduction: StoredIntroduction, @ViewerIfAny() viewer: Viewer | undefined): Promise<IntroductionContact[] | null> {
    return introductionContacts(this.store, viewer, introduction);
  }
}
