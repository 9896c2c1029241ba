import { Field, ID, InputType } from '@nestjs/graphql';
import type { RelationshipType } from '@koppel/domain';
import { RelationshipTypeEnum } from '../../graphql/domain-enums';

@InputType({ description: 'Every given filter must hold.' })
export class RelationshipFilterInput {
  @Field(() => [RelationshipTypeEnum], { nullable: true, description: 'Any of these types; all when left out.' })
  types?: RelationshipType[];

  @Field(() => [ID], { nullable: true, description: 'Only relationships touching one of these nodes, at most 1000.' })
  nodeIds?: string[];
}
