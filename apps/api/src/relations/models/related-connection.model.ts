import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { StakeholderNode } from '@koppel/domain';
import { PageInfo } from '../../graphql/connection';
import { Relationship } from '../../graph/models/relationship.model';
import { Stakeholder } from '../../stakeholders/models';

/**
 * One relationship of a node, seen from that node: the relationship's own fields (amount, year,
 * strength, provenance, ...) beside the node at its other end.
 */
@ObjectType({ description: 'A relationship of a node: its properties and provenance, and the node at the other end.' })
export class RelatedEdge extends Relationship {
  @Field(() => Stakeholder, { description: 'The node at the other end of the relationship.' })
  node!: StakeholderNode;

  @Field({ description: 'Pass as `after` to continue after this edge.' })
  cursor!: string;
}

@ObjectType({ description: 'A page of the relationships of one node, of one kind.' })
export class RelatedConnection {
  @Field(() => [RelatedEdge], { description: 'The relationships on this page.' })
  edges!: RelatedEdge[];

  @Field(() => PageInfo, { description: 'Whether there are more, and the cursor to get them.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many relationships of this kind the node has, over all pages.' })
  totalCount!: number;
}
