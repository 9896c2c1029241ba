import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { EcosystemDomain, StakeholderNode, Theme } from '@koppel/domain';
import type { ConfidenceLevel, EligibilityRule, ReasonKind } from '@koppel/matching';
import { EcosystemDomainEnum, ThemeEnum } from '../../graphql/domain-enums';
import { Stakeholder } from '../../stakeholders/models';
import { LocalizedText } from './localized-text.model';
import { ConfidenceLevelEnum, EligibilityRuleEnum, ReasonKindEnum } from './matching-enums';
import { NodeSummary } from './node-summary.model';

@ObjectType({ description: 'A hard rule checked for a pair, and whether it passed.' })
export class RuleOutcome {
  @Field(() => EligibilityRuleEnum, { description: 'The rule.' })
  rule!: EligibilityRule;

  @Field({ description: 'Whether the pair passed it.' })
  passed!: boolean;

  @Field(() => LocalizedText, { description: 'The rule and its result, in words.' })
  sentence!: LocalizedText;
}

@ObjectType({ description: 'What a reason rests on, so a user can check it. Empty lists when not applicable.' })
export class Evidence {
  @Field(() => [ThemeEnum], { description: 'Shared themes.' })
  themes!: Theme[];

  @Field(() => [Int], { description: 'Shared sustainable development goals.' })
  sdgs!: number[];

  @Field(() => [EcosystemDomainEnum], { description: 'Needed domains the other side offers.' })
  domains!: EcosystemDomain[];

  @Field(() => [NodeSummary], { description: 'Who both know, strongest tie first.' })
  intermediaries!: NodeSummary[];

  @Field(() => Int, { description: 'Distance between the two, in kilometres.', nullable: true })
  distanceKm?: number;

  @Field(() => Int, { description: 'The amount asked, in euros.', nullable: true })
  amountEur?: number;

  @Field(() => [String], { description: 'Procurement categories that match.' })
  categories!: string[];

  @Field(() => [String], { description: 'Labels the other side values.' })
  labels!: string[];

  @Field(() => [String], { description: 'Finance or procurement instruments that match.' })
  instruments!: string[];

  @Field(() => Int, { nullable: true, description: 'A count: common neighbours, times shown, earlier introductions.' })
  count?: number;
}

@ObjectType({ description: 'One reason for a suggestion, with what it added to the score.' })
export class Reason {
  @Field(() => ReasonKindEnum, { description: 'What the reason rests on.' })
  kind!: ReasonKind;

  @Field(() => Float, { description: 'What this reason added to the score (negative: took away).' })
  contribution!: number;

  @Field(() => Evidence, { description: 'What it rests on, to check.' })
  evidence!: Evidence;

  @Field(() => LocalizedText, { description: 'The same, in words.' })
  sentence!: LocalizedText;
}

@ObjectType({ description: 'How far to trust a suggestion, apart from its score.' })
export class Confidence {
  @Field(() => Float, { description: '0 to 1.' })
  value!: number;

  @Field(() => ConfidenceLevelEnum, { description: 'High, medium or low.' })
  level!: ConfidenceLevel;

  @Field(() => LocalizedText, { description: 'The same, in words.' })
  sentence!: LocalizedText;
}

@ObjectType({ description: 'The warm way in: who to ask for the introduction.' })
export class WarmWayIn {
  @Field(() => NodeSummary, { description: 'Who to ask.' })
  via!: NodeSummary;

  @Field(() => Float, { description: 'The weaker of the two ties through `via`, faded by age, 0 to 1.' })
  strength!: number;

  @Field(() => LocalizedText, { description: 'The same, in words.' })
  sentence!: LocalizedText;
}

@ObjectType({ description: 'A suggested introduction, explained.' })
export class Suggestion {
  @Field(() => Stakeholder, { description: 'Who to meet.' })
  target!: StakeholderNode;

  @Field(() => Float, { description: '0 to 1: the ranking key.' })
  score!: number;

  @Field(() => Confidence, { description: 'How far to trust it.' })
  confidence!: Confidence;

  @Field(() => [Reason], { description: 'Largest contribution first.' })
  reasons!: Reason[];

  @Field(() => [RuleOutcome], { description: 'Every hard rule checked for this pair (all passed).' })
  eligibility!: RuleOutcome[];

  @Field(() => WarmWayIn, { nullable: true, description: 'Null when nobody known to both can introduce.' })
  warmWayIn!: WarmWayIn | null;
}

@ObjectType({ description: 'Ranked suggestions for one subject.' })
export class SuggestionList {
  @Field(() => Stakeholder, { description: 'Who the suggestions are for.' })
  subject!: StakeholderNode;

  @Field(() => [Suggestion], { description: 'Best first.' })
  suggestions!: Suggestion[];

  @Field(() => Int, { description: 'How many candidates were weighed.' })
  candidatesConsidered!: number;

  @Field({ description: 'True when there were too many candidates and only the most related were weighed.' })
  truncated!: boolean;
}
