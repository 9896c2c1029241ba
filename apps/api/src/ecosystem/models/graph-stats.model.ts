import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { NodeKind } from '@koppel/domain';
import { NodeKindEnum } from '../../graphql/domain-enums';

@ObjectType({ description: 'How many nodes of one kind the graph holds.' })
export class KindCount {
  @Field(() => NodeKindEnum, { description: 'The kind.' })
  kind!: NodeKind;

  @Field(() => Int, { description: 'How many nodes of that kind.' })
  count!: number;
}

@ObjectType({ description: 'How many nodes of each kind the graph holds.' })
export class GraphStats {
  @Field(() => Int, { description: 'All nodes, of every kind.' })
  totalNodes!: number;

  @Field(() => [KindCount], { description: 'The count of every kind, zero included.' })
  byKind!: KindCount[];
}
