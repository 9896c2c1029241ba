import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import type { IntroductionOutcomeKind, IntroductionStatus } from '@koppel/domain';
import type { ReviewDecision } from '@koppel/domain';
import { PageArgs } from '../../graphql/page.args';
import { IntroductionOutcomeKindEnum, IntroductionStatusEnum, ReviewDecisionEnum } from '../../matching/models/matching-enums';

@InputType({ description: 'A request to be introduced.' })
export class RequestIntroductionInput {
  @Field(() => ID)
  targetId!: string;

  @Field(() => ID, { nullable: true, description: 'Who is asked to make the introduction, e.g. the askFirst of introductionPath.' })
  introducerId?: string;

  @Field({ description: 'The message to the target, 1 to 2000 characters.' })
  message!: string;

  @Field(() => [String], { nullable: true, description: 'The reasons, e.g. the sentences of the suggestion.' })
  reasons?: string[];

  @Field({ defaultValue: false, description: 'Ask a coordinator to review it before the target sees it.' })
  review!: boolean;
}

@ArgsType()
export class ReviewIntroductionArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => ReviewDecisionEnum)
  decision!: ReviewDecision;

  @Field({ nullable: true, description: 'EDIT: the new message. HOLD: why.' })
  text?: string;
}

@ArgsType()
export class RespondToIntroductionArgs {
  @Field(() => ID)
  id!: string;

  @Field()
  accept!: boolean;

  @Field({ nullable: true })
  note?: string;
}

@InputType()
export class IntroductionOutcomeInput {
  @Field(() => IntroductionOutcomeKindEnum)
  kind!: IntroductionOutcomeKind;

  @Field({ description: 'YYYY-MM-DD.' })
  on!: string;

  @Field({ nullable: true })
  note?: string;
}

@ArgsType()
export class RecordIntroductionOutcomeArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => IntroductionOutcomeInput)
  outcome!: IntroductionOutcomeInput;
}

@ArgsType()
export class IntroductionsArgs extends PageArgs {
  @Field(() => ID, { description: 'Requested by or addressed to this node.' })
  involving!: string;

  @Field(() => [IntroductionStatusEnum], { nullable: true })
  statuses?: IntroductionStatus[];
}
