import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { IntroductionAction, IntroductionOutcomeKind, IntroductionStatus } from '@koppel/domain';
import { ConnectionType } from '../../graphql/connection';
import { IntroductionActionEnum, IntroductionOutcomeKindEnum, IntroductionStatusEnum } from '../../matching/models/matching-enums';

@ObjectType({ description: 'One step of an introduction: who took it and when.' })
export class IntroductionStep {
  @Field(() => IntroductionActionEnum, { description: 'What was done.' })
  action!: IntroductionAction;

  @Field(() => ID, {
    nullable: true,
    description: 'Who took the step. Null on a DECLINED step unless the viewer is the requester: nobody else is told who declined.',
  })
  actorId!: string | null;

  @Field({ description: 'ISO 8601 date-time.' })
  at!: string;

  @Field({ nullable: true, description: 'The edited message, the reason to hold, the outcome.' })
  note?: string;
}

@ObjectType({ description: 'What came of an introduction.' })
export class IntroductionOutcome {
  @Field(() => IntroductionOutcomeKindEnum, { description: 'What kind of result.' })
  kind!: IntroductionOutcomeKind;

  @Field({ description: 'The day it happened, YYYY-MM-DD.' })
  on!: string;

  @Field({ nullable: true, description: 'More about the outcome.' })
  note?: string;
}

@ObjectType({ description: 'An introduction made with both sides’ consent (double opt-in).' })
export class Introduction {
  @Field(() => ID, { description: 'Stable id, derived from the pair.' })
  id!: string;

  @Field(() => ID, { description: 'Who asked to be introduced.' })
  requesterId!: string;

  @Field(() => ID, { description: 'Who the requester wants to meet.' })
  targetId!: string;

  @Field(() => ID, { nullable: true, description: 'Who was asked to make the introduction.' })
  introducerId?: string;

  @Field({ description: 'The message to the target.' })
  message!: string;

  @Field(() => [String], { description: 'Why this introduction, as sentences.' })
  reasons!: string[];

  @Field(() => IntroductionStatusEnum, { description: 'Where it stands.' })
  status!: IntroductionStatus;

  @Field(() => IntroductionOutcome, { nullable: true, description: 'What came of it, once recorded.' })
  outcome?: IntroductionOutcome;

  @Field({ description: 'ISO 8601 date-time.' })
  requestedAt!: string;

  @Field({ description: 'Increases with every step; a step based on an older version is refused (CONFLICT).' })
  version!: number;
}

export const IntroductionConnection = ConnectionType(Introduction, 'Introduction');
