import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import type { ValidRelationship, Viewer } from '@koppel/domain';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { Relationship } from '../graph/models/relationship.model';
import { NewRelationshipInput, RelationshipPropertiesInput, RelationshipRefInput } from './dto/relationship.inputs';
import { RelationshipEditingService } from './relationship-editing.service';

/** The relationships users keep: memberships, fundings, purchases, acquaintances, support, partnerships. */
@Resolver()
export class RelationshipEditingResolver {
  constructor(private readonly editing: RelationshipEditingService) {}

  @Mutation(() => Relationship, {
    description:
      'Adds a relationship with its properties. Coordinators, or an account whose organisation is one of its ends. NOT_FOUND for an unknown end; CONFLICT when it exists.',
  })
  createRelationship(
    @Args('input', { type: () => NewRelationshipInput, description: 'The new relationship.' }) input: NewRelationshipInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ValidRelationship> {
    return this.editing.create(input, viewer);
  }

  @Mutation(() => Relationship, {
    description: 'Changes the given properties of a relationship. Who may: as for createRelationship. NOT_FOUND when there is none.',
  })
  updateRelationship(
    @Args('relationship', { type: () => RelationshipRefInput, description: 'Which relationship.' }) relationship: RelationshipRefInput,
    @Args('patch', { type: () => RelationshipPropertiesInput, description: 'The properties to change.' }) patch: RelationshipPropertiesInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ValidRelationship> {
    return this.editing.update(relationship, patch, viewer);
  }

  @Mutation(() => ID, {
    description: 'Deletes a relationship (its ends stay); answers its id. Who may: as for createRelationship. NOT_FOUND when there is none.',
  })
  deleteRelationship(
    @Args('relationship', { type: () => RelationshipRefInput, description: 'Which relationship.' }) relationship: RelationshipRefInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<string> {
    return this.editing.delete(relationship, viewer);
  }
}
