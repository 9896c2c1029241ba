import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import type { EcosystemDomain, EnterpriseKind, NodeKind, Province, Stage, Theme } from '@koppel/domain';
import { EcosystemDomainEnum, EnterpriseKindEnum, NodeKindEnum, ProvinceEnum, StageEnum, ThemeEnum } from '../../graphql/domain-enums';

@ArgsType()
export class LimitArgs {
  @Field(() => Int, { defaultValue: 10, description: 'How many suggestions, 1 to 50.' })
  limit!: number;
}

@ArgsType()
export class SuggestIntroductionsArgs extends LimitArgs {
  @Field(() => ID, { description: 'The entrepreneur looking for entry points.' })
  subjectId!: string;

  @Field(() => [NodeKindEnum], { nullable: true, description: 'Only these kinds; all organisation kinds when left out.' })
  kinds?: NodeKind[];

  @Field(() => [EcosystemDomainEnum], { nullable: true, description: 'Only candidates that offer one of these domains.' })
  domains?: EcosystemDomain[];
}

@InputType({ description: 'What a fund scouts for.' })
export class ScoutFilterInput {
  @Field(() => ThemeEnum, { nullable: true, description: 'Only enterprises working on this theme.' })
  theme?: Theme;

  @Field(() => StageEnum, { nullable: true, description: 'Only enterprises at this stage.' })
  stage?: Stage;

  @Field(() => ProvinceEnum, { nullable: true, description: 'Only enterprises in this province.' })
  province?: Province;

  @Field(() => EnterpriseKindEnum, { nullable: true, description: 'Only enterprises of this kind.' })
  enterpriseKind?: EnterpriseKind;

  @Field(() => Int, { nullable: true, description: 'Only enterprises asking at least this much finance, in euros.' })
  minAskEur?: number;

  @Field(() => Int, { nullable: true, description: 'Only enterprises asking at most this much finance, in euros.' })
  maxAskEur?: number;
}

@ArgsType()
export class ScoutEntrepreneursArgs extends LimitArgs {
  @Field(() => ID, { description: 'The fund that scouts.' })
  fundId!: string;

  @Field(() => ScoutFilterInput, { nullable: true, description: 'What to scout for; everything the fund may fund when left out.' })
  filter?: ScoutFilterInput;
}

@ArgsType()
export class FindSuppliersArgs extends LimitArgs {
  @Field(() => ID, { description: 'The purchaser looking for suppliers.' })
  purchaserId!: string;

  @Field({ nullable: true, description: 'One procurement question (for example one of its openQuestions); its categories when left out.' })
  question?: string;
}

@ArgsType()
export class SuggestNetworkMembersArgs extends LimitArgs {
  @Field(() => ID, { description: 'The network looking for members.' })
  networkId!: string;
}

@ArgsType()
export class IntroductionPathArgs {
  @Field(() => ID, { description: 'Who looks for a way in.' })
  from!: string;

  @Field(() => ID, { description: 'Who they want to reach.' })
  to!: string;

  @Field(() => Int, { defaultValue: 4, description: 'Longest chain to consider, 1 to 6 hops.' })
  maxHops!: number;

  @Field(() => Int, { defaultValue: 3, description: 'How many paths, 1 to 5.' })
  maxPaths!: number;
}
