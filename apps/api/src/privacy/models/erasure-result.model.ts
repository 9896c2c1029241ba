import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'What forgetting a person removed or redacted.' })
export class ErasureResult {
  @Field(() => Int, { description: 'Relationships of the person removed with them.' })
  relationshipsRemoved!: number;

  @Field(() => Int, { description: 'The person’s accounts, removed: they can no longer sign in.' })
  accountsRemoved!: number;

  @Field(() => Int, { description: 'Introductions the person requested or received, removed.' })
  introductionsRemoved!: number;

  @Field(() => Int, { description: 'Introductions kept, with the person taken out as introducer or as the actor of a step.' })
  introductionsRedacted!: number;

  @Field(() => Int, {
    description:
      'Stakeholders, relationships, introductions and audit entries whose texts mentioned the person (full name, e-mail or phone), with each mention replaced by "[verwijderd]".',
  })
  mentionsRedacted!: number;
}
