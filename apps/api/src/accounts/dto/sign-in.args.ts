import { ArgsType, Field } from '@nestjs/graphql';

@ArgsType()
export class SignInArgs {
  @Field({ description: 'The e-mail address of the account, in any case.' })
  email!: string;

  @Field({ description: 'The password of the account.' })
  password!: string;
}
