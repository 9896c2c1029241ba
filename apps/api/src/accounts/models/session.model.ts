import { Field, ObjectType } from '@nestjs/graphql';
import { AccountInfo } from './account.model';

@ObjectType('Session', { description: 'A signed-in session: send the token as `Authorization: Bearer <token>`.' })
export class Session {
  @Field({ description: 'A signed token (JWT) naming the account; valid for 15 minutes. refreshSession gives a fresh one.' })
  token!: string;

  @Field({ description: 'When the token stops being accepted (ISO 8601, UTC).' })
  expiresAt!: string;

  @Field(() => AccountInfo, { description: 'The account signed in.' })
  account!: AccountInfo;
}
