import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { NodeKind } from '@koppel/domain';
import { NodeKindEnum } from '../../graphql/domain-enums';

@ObjectType()
export class KindCount {
  @Field(() => NodeKindEnum)
  kind!: NodeKind;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'How many nodes of each kind the graph holds.' })
export class GraphStats {
  @Field(() => Int)
  totalNodes!: number;

  @Field(() => [KindCount])
  byKind!: KindCount[];
}
