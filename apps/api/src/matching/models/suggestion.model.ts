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
  @Field(() => EligibilityRuleEnum)
  rule!: EligibilityRule;

  @Field()
  passed!: boolean;

  @Field(() => LocalizedText)
  sentence!: LocalizedText;
}

@ObjectType({ description: 'What a reason rests on, so a user can check it. Empty lists when not applicable.' })
export class Evidence {
  @Field(() => [ThemeEnum])
  themes!: Theme[];

  @Field(() => [Int], { description: 'Shared sustainable development goals.' })
  sdgs!: number[];

  @Field(() => [EcosystemDomainEnum], { description: 'Needed domains the other side offers.' })
  domains!: EcosystemDomain[];

  @Field(() => [NodeSummary], { description: 'Who both know, strongest tie first.' })
  intermediaries!: NodeSummary[];

  @Field(() => Int, { nullable: true })
  distanceKm?: number;

  @Field(() => Int, { nullable: true })
  amountEur?: number;

  @Field(() => [String], { description: 'Procurement categories that match.' })
  categories!: string[];

  @Field(() => [String])
  labels!: string[];

  @Field(() => [String], { description: 'Finance or procurement instruments that match.' })
  instruments!: string[];

  @Field(() => Int, { nullable: true, description: 'A count: common neighbours, times shown, earlier introductions.' })
  count?: number;
}

@ObjectType({ description: 'One reason for a suggestion, with what it added to the score.' })
export class Reason {
  @Field(() => ReasonKindEnum)
  kind!: ReasonKind;

  @Field(() => Float, { description: 'What this reason added to the score (negative: took away).' })
  contribution!: number;

  @Field(() => Evidence)
  evidence!: Evidence;

  @Field(() => LocalizedText)
  sentence!: LocalizedText;
}

@ObjectType({ description: 'How far to trust a suggestion, apart from its score.' })
export class Confidence {
  @Field(() => Float, { description: '0 to 1.' })
  value!: number;

  @Field(() => ConfidenceLevelEnum)
  level!: ConfidenceLevel;

  @Field(() => LocalizedText)
  sentence!: LocalizedText;
}

@ObjectType({ description: 'The warm way in: who to ask for the introduction.' })
export class WarmWayIn {
  @Field(() => NodeSummary)
  via!: NodeSummary;

  @Field(() => Float, { description: 'The weaker of the two ties through `via`, faded by age, 0 to 1.' })
  strength!: number;

  @Field(() => LocalizedText)
  sentence!: LocalizedText;
}

@ObjectType({ description: 'A suggested introduction, explained.' })
export class Suggestion {
  @Field(() => Stakeholder)
  target!: StakeholderNode;

  @Field(() => Float, { description: '0 to 1: the ranking key.' })
  score!: number;

  @Field(() => Confidence)
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
  @Field(() => Stakeholder)
  subject!: StakeholderNode;

  @Field(() => [Suggestion])
  suggestions!: Suggestion[];

  @Field(() => Int, { description: 'How many candidates were weighed.' })
  candidatesConsidered!: number;

  @Field({ description: 'True when there were too many candidates and only the most related were weighed.' })
  truncated!: boolean;
}
