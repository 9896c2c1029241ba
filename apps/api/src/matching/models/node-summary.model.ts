import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { NodeKind } from '@koppel/domain';
import { NodeKindEnum } from '../../graphql/domain-enums';

@ObjectType({ description: 'A node named as evidence: enough to name it, nothing personal.' })
export class NodeSummary {
  @Field(() => ID)
  id!: string;

  @Field(() => NodeKindEnum)
  kind!: NodeKind;

  @Field()
  name!: string;
}
