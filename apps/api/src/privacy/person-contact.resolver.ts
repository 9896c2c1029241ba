import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { StakeholderNode, Viewer } from '@koppel/domain';
import { Person } from '../stakeholders/models';
import { RequestKey, ViewerIfAny } from './signed-in-viewer';
import { ViewerAccess } from './viewer-access.service';

type StoredPerson = Extract<StakeholderNode, { kind: 'Person' }>;

const MASKED = 'Null unless the viewer may see contact data: coordinators, the person themself, and both parties of an accepted introduction in which the person is or works for one side. Masked, not refused, so lists of people stay readable.';

/** A person's contact data, masked (null) for viewers who may not see it (contact-visibility.ts). */
@Resolver(() => Person)
export class PersonContactResolver {
  constructor(private readonly access: ViewerAccess) {}

  @ResolveField(() => String, { nullable: true, description: `E-mail address. ${MASKED}` })
  async email(@Parent() person: StoredPerson, @ViewerIfAny() viewer: Viewer | undefined, @RequestKey() request: object): Promise<string | null> {
    return (await this.access.maySeeContactData(viewer, person.id, request)) ? (person.email ?? null) : null;
  }

  @ResolveField(() => String, { nullable: true, description: `Phone number. ${MASKED}` })
  async phone(@Parent() person: StoredPerson, @ViewerIfAny() viewer: Viewer | undefined, @RequestKey() request: object): Promise<string | null> {
    return (await this.access.maySeeContactData(viewer, person.id, request)) ? (person.phone ?? null) : null;
  }
}
