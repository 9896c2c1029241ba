import { ArgsType, Field, ID } from '@nestjs/graphql';
import { PageArgs } from '../../graphql/page.args';

@ArgsType()
export class SetVisibleForMatchmakingArgs {
  @Field(() => ID, { description: 'The organisation whose consent changes.' })
  organisationId!: string;

  @Field({ description: 'True: it may be suggested; false: it is left out of every suggestion, scouting and supplier list.' })
  visible!: boolean;
}

@ArgsType()
export class ForgetPersonArgs {
  @Field(() => ID, { description: 'The person to forget.' })
  personId!: string;

  @Field({ description: 'Why, 1 to 500 characters, without personal data (e.g. "request of the person, 2026-03-02"); kept in the audit trail.' })
  reason!: string;
}

@ArgsType()
export class AuditEntriesArgs extends PageArgs {
  @Field({ nullable: true, description: 'Only entries about this subject: an organisation id, or `sha256:<hex>` of an erased person’s id.' })
  subject?: string;
}
