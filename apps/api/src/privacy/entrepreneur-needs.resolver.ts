import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { StakeholderNode, Viewer } from '@koppel/domain';
import { Entrepreneur, Need } from '../stakeholders/models';
import { ViewerIfAny } from './signed-in-viewer';
import { visibleNeeds } from './visible-needs';

type StoredEntrepreneur = Extract<StakeholderNode, { kind: 'Entrepreneur' }>;

/** An entrepreneur's needs, wherever an entrepreneur appears (a node, a list, a suggestion's target). */
@Resolver(() => Entrepreneur)
export class EntrepreneurNeedsResolver {
  @ResolveField(() => [Need], {
    nullable: true,
    description:
      'What it asks for, per ecosystem domain. Null when hidden from the viewer: another entrepreneur sees them only when they are shared (needsShared); its own accounts, coordinators, funds and purchasers always.',
  })
  needs(@Parent() entrepreneur: StoredEntrepreneur, @ViewerIfAny() viewer: Viewer | undefined): StoredEntrepreneur['needs'] | null {
    return visibleNeeds(viewer, entrepreneur);
  }

  @ResolveField(() => Boolean, { description: 'True when it shares its needs with other entrepreneurs.' })
  needsShared(@Parent() entrepreneur: StoredEntrepreneur): boolean {
    // Records written before the field existed have none: they do not share.
    return entrepreneur.needsShared ?? false;
  }
}
