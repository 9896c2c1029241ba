import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { NodeKind } from '@koppel/domain';
import { NodeKindEnum } from '../../graphql/domain-enums';

@ObjectType({ description: 'A node named as evidence: enough to name it, nothing personal.' })
export class NodeSummary {
  @Field(() => ID, { description: 'Id of the node.' })
  id!: string;

  @Field(() => NodeKindEnum, { description: 'Its kind.' })
  kind!: NodeKind;

  @Field({ description: 'Its name.' })
  name!: string;
}
