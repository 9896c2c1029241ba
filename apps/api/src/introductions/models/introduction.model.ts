import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { IntroductionAction, IntroductionOutcomeKind, IntroductionStatus } from '@koppel/domain';
import { ConnectionType } from '../../graphql/connection';
import { IntroductionActionEnum, IntroductionOutcomeKindEnum, IntroductionStatusEnum } from '../../matching/models/matching-enums';

@ObjectType({ description: 'One step of an introduction: who took it and when.' })
export class IntroductionStep {
  @Field(() => IntroductionActionEnum)
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
  @Field(() => IntroductionOutcomeKindEnum)
  kind!: IntroductionOutcomeKind;

  @Field({ description: 'The day it happened, YYYY-MM-DD.' })
  on!: string;

  @Field({ nullable: true })
  note?: string;
}

@ObjectType({ description: 'An introduction made with both sides’ consent (double opt-in).' })
export class Introduction {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  requesterId!: string;

  @Field(() => ID)
  targetId!: string;

  @Field(() => ID, { nullable: true, description: 'Who was asked to make the introduction.' })
  introducerId?: string;

  @Field()
  message!: string;

  @Field(() => [String], { description: 'Why this introduction, as sentences.' })
  reasons!: string[];

  @Field(() => IntroductionStatusEnum)
  status!: IntroductionStatus;

  @Field(() => IntroductionOutcome, { nullable: true })
  outcome?: IntroductionOutcome;

  @Field({ description: 'ISO 8601 date-time.' })
  requestedAt!: string;

  @Field({ description: 'Increases with every step; a step based on an older version is refused (CONFLICT).' })
  version!: number;
}

export const IntroductionConnection = ConnectionType(Introduction, 'Introduction');
