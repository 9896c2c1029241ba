import { Field, ID, InputType } from '@nestjs/graphql';
import type { RelationshipType } from '@koppel/domain';
import { RelationshipTypeEnum } from '../../graphql/domain-enums';

@InputType()
export class RelationshipFilterInput {
  @Field(() => [RelationshipTypeEnum], { nullable: true })
  types?: RelationshipType[];

  @Field(() => [ID], { nullable: true, description: 'Only relationships touching one of these nodes, at most 1000.' })
  nodeIds?: string[];
}
