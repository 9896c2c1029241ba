import { Field, ObjectType } from '@nestjs/graphql';
import { Stakeholder } from './stakeholder.model';

/**
 * A contact person. Their e-mail and phone are deliberately not in the schema yet: personal
 * contact data may only reach those allowed to see it, and accounts and roles come first.
 */
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
