import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A contact person of one side of an introduction, released once the target accepted.' })
export class IntroductionContact {
  @Field(() => ID, { description: 'The side (requester or target) the person is, or works for.' })
  sideId!: string;

  @Field(() => ID, { description: 'The person’s node id.' })
  personId!: string;

  @Field({ description: 'The person’s name.' })
  name!: string;

  @Field({ nullable: true, description: 'Job title or role.' })
  role?: string;

  @Field({ nullable: true, description: 'E-mail address, when known.' })
  email?: string;

  @Field({ nullable: true, description: 'Phone number, when known.' })
  phone?: string;
}
