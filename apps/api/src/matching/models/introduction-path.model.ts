import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { ValidRelationship } from '@koppel/domain';
import { Relationship } from '../../graph/models/relationship.model';
import { LocalizedText } from './localized-text.model';
import { NodeSummary } from './node-summary.model';

@ObjectType({ description: 'One warm way from one node to another.' })
export class WarmPath {
  @Field(() => [NodeSummary], { description: 'From the start to the target.' })
  nodes!: NodeSummary[];

  @Field(() => [Relationship], { description: 'relationships[i] joins nodes[i] and nodes[i + 1].' })
  relationships!: ValidRelationship[];

  @Field(() => Int, { description: 'How many relationships the path has.' })
  hops!: number;

  @Field(() => Float, { description: 'Product of the ties’ faded strengths, 0 to 1: how warm the chain is.' })
  warmth!: number;

  @Field(() => LocalizedText, { description: 'In words, in Dutch and English.' })
  sentence!: LocalizedText;
}

@ObjectType({ description: 'A network to join or an event to go to that would make a path.' })
export class PathBridge {
  @Field(() => NodeSummary, { description: 'The network or event.' })
  node!: NodeSummary;

  @Field(() => LocalizedText, { description: 'In words, in Dutch and English.' })
  sentence!: LocalizedText;
}

@ObjectType({ description: 'The best warm paths to someone, and who to ask first.' })
export class IntroductionPathResult {
  @Field(() => [WarmPath], { description: 'Best first; empty when there is none within the hop limit.' })
  paths!: WarmPath[];

  @Field(() => NodeSummary, { nullable: true, description: 'The first intermediary on the best path.' })
  askFirst!: NodeSummary | null;

  @Field(() => [PathBridge], { description: 'When there is no path: what would make one.' })
  bridges!: PathBridge[];

  @Field(() => LocalizedText, { description: 'In words, in Dutch and English.' })
  sentence!: LocalizedText;
}
