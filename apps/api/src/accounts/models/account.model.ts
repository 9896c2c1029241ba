import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Role } from '@koppel/domain';
import { RoleEnum } from './role.enum';

/** An account as a client may see it: never the password hash. */
@ObjectType('Account', { description: 'A sign-in to Koppel, acting for one organisation (and, when known, one person).' })
export class AccountInfo {
  @Field(() => ID, { description: 'Stable id of the account, e.g. `account:anouk-veldkamp`; the subject of its tokens.' })
  id!: string;

  @Field({ description: 'The e-mail address it signs in with, lower-cased.' })
  email!: string;

  @Field(() => RoleEnum, { description: 'What the account may do.' })
  role!: Role;

  @Field(() => ID, { description: 'Id of the organisation node the account acts for.' })
  organisationId!: string;

  @Field(() => ID, { nullable: true, description: 'Id of the person node of the account holder, when there is one.' })
  personId?: string;

  @Field({ description: 'When the account was made (ISO 8601, UTC).' })
  createdAt!: string;
}
