import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import type { RelationshipType } from '@koppel/domain';
import { RelationshipTypeEnum } from '../../graphql/domain-enums';
import { PageArgs } from '../../graphql/page.args';
import { RelationshipFilterInput } from './relationship-filter.input';

@ArgsType()
export class RelationshipsArgs extends PageArgs {
  @Field(() => RelationshipFilterInput, { nullable: true, description: 'Only relationships for which every given filter holds.' })
  filter?: RelationshipFilterInput;
}

@ArgsType()
export class NeighbourhoodArgs {
  @Field(() => ID, { description: 'Id of the node at the centre.' })
  id!: string;

  @Field(() => Int, { defaultValue: 1, description: 'Hops, 1 to 4.' })
  depth!: number;

  @Field(() => [RelationshipTypeEnum], { nullable: true, description: 'Follow only these; all when left out.' })
  types?: RelationshipType[];

  @Field(() => Int, { defaultValue: 1000, description: 'At most this many nodes, nearest first, 1 to 10000.' })
  limit!: number;
}

@ArgsType()
export class ShortestPathArgs {
  @Field(() => ID, { description: 'Id of the node to start at.' })
  from!: string;

  @Field(() => ID, { description: 'Id of the node to end at.' })
  to!: string;

  @Field(() => Int, { defaultValue: 4, description: 'Longest path to consider, 1 to 8 hops.' })
  maxHops!: number;

  @Field(() => [RelationshipTypeEnum], { nullable: true, description: 'Walk only these types; all when left out.' })
  types?: RelationshipType[];
}
