import { Field, ObjectType } from '@nestjs/graphql';
import { Stakeholder } from './stakeholder.model';

/** A contact person. E-mail and phone are resolved, and masked, by PersonContactResolver. */
@ObjectType({ implements: () => [Stakeholder], description: 'A contact person who works for an organisation.' })
export class Person extends Stakeholder {
  @Field({ nullable: true, description: 'Job title or role.' })
  role?: string;
}

@ObjectType({ implements: () => [Stakeholder], description: 'A meet-up or match-making session.' })
export class Event extends Stakeholder {
  @Field({ description: 'Date, YYYY-MM-DD.' })
  date!: string;
}
