import { Field, ID, InputType } from '@nestjs/graphql';
import type { Role } from '@koppel/domain';
import { RoleEnum } from '../models/role.enum';

@InputType({ description: 'A new account (ADMIN only).' })
export class CreateAccountInput {
  @Field({ description: 'The e-mail address it will sign in with; unique, in any case.' })
  email!: string;

  @Field({ description: 'At least 12 characters. Only an argon2id hash of it is stored.' })
  password!: string;

  @Field(() => RoleEnum, { description: 'What the account may do.' })
  role!: Role;

  @Field(() => ID, {
    description:
      'The organisation node it acts for, of a kind that fits the role: ENTREPRENEUR an Entrepreneur, FUND a Fund, PURCHASER a Purchaser, COORDINATOR a Network, SupportProgramme or Municipality, ADMIN any.',
  })
  organisationId!: string;

  @Field(() => ID, { nullable: true, description: 'The Person node of the account holder, when there is one.' })
  personId?: string;
}
