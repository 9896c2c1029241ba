import { Field, ObjectType } from '@nestjs/graphql';
import type { StakeholderNode, ValidRelationship } from '@koppel/domain';
import { Stakeholder } from '../../stakeholders/models';
import { Relationship } from './relationship.model';

@ObjectType({ description: 'Nodes and the relationships between them.' })
export class Subgraph {
  @Field(() => [Stakeholder], { description: 'Nearest first.' })
  nodes!: StakeholderNode[];

  @Field(() => [Relationship], { description: 'The relationships between those nodes.' })
  relationships!: ValidRelationship[];

  @Field({ description: 'True when the node limit cut the answer short.' })
  truncated!: boolean;
}

@ObjectType({ description: 'A path: relationships[i] joins nodes[i] and nodes[i + 1], in either direction.' })
export class GraphPath {
  @Field(() => [Stakeholder], { description: 'The nodes along the path, from the start to the end.' })
  nodes!: StakeholderNode[];

  @Field(() => [Relationship], { description: 'relationships[i] joins nodes[i] and nodes[i + 1].' })
  relationships!: ValidRelationship[];
}
