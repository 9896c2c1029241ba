import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import type { IntroductionOutcomeKind, IntroductionStatus } from '@koppel/domain';
import type { ReviewDecision } from '@koppel/domain';
import { PageArgs } from '../../graphql/page.args';
import { IntroductionOutcomeKindEnum, IntroductionStatusEnum, ReviewDecisionEnum } from '../../matching/models/matching-enums';

@InputType({ description: 'A request to be introduced.' })
export class RequestIntroductionInput {
  @Field(() => ID, { description: 'Who the requester wants to meet.' })
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
  @Field(() => ID, { description: 'Id of the introduction.' })
  id!: string;

  @Field(() => ReviewDecisionEnum, { description: 'Approve, edit or hold.' })
  decision!: ReviewDecision;

  @Field({ nullable: true, description: 'EDIT: the new message. HOLD: why.' })
  text?: string;
}

@ArgsType()
export class RespondToIntroductionArgs {
  @Field(() => ID, { description: 'Id of the introduction.' })
  id!: string;

  @Field({ description: 'True to accept, false to decline.' })
  accept!: boolean;

  @Field({ nullable: true, description: 'A note with the answer.' })
  note?: string;
}

@InputType({ description: 'What came of an introduction.' })
export class IntroductionOutcomeInput {
  @Field(() => IntroductionOutcomeKindEnum, { description: 'What kind of result.' })
  kind!: IntroductionOutcomeKind;

  @Field({ description: 'YYYY-MM-DD.' })
  on!: string;

  @Field({ nullable: true, description: 'More about the outcome.' })
  note?: string;
}

@ArgsType()
export class RecordIntroductionOutcomeArgs {
  @Field(() => ID, { description: 'Id of the introduction.' })
  id!: string;

  @Field(() => IntroductionOutcomeInput, { description: 'What came of it.' })
  outcome!: IntroductionOutcomeInput;
}

@ArgsType()
export class IntroductionsArgs extends PageArgs {
  @Field(() => ID, { description: 'Requested by or addressed to this node.' })
  involving!: string;

  @Field(() => [IntroductionStatusEnum], { nullable: true, description: 'Only these statuses; all when left out.' })
  statuses?: IntroductionStatus[];
}
