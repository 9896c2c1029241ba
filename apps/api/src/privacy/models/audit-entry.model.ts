import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { AuditAction } from '@koppel/domain';
import { ConnectionType } from '../../graphql/connection';
import { AuditActionEnum } from '../../graphql/domain-enums';

@ObjectType({ description: 'One entry of the audit trail of erasures and consent changes. Never holds personal data.' })
export class AuditEntry {
  @Field(() => ID, { description: 'Unique id, `audit:<uuid>`.' })
  id!: string;

  @Field({ description: 'When, ISO 8601.' })
  at!: string;

  @Field(() => AuditActionEnum, { description: 'What was done.' })
  action!: AuditAction;

  @Field(() => ID, { description: 'The account that did it.' })
  actorAccountId!: string;

  @Field({ description: 'What it was done to: an organisation id, or `sha256:<hex>` of an erased person’s id.' })
  subject!: string;

  @Field({ description: 'Why, in the actor’s words; for a consent change, the new setting.' })
  reason!: string;
}

export const AuditEntryConnection = ConnectionType(AuditEntry, 'AuditEntry');
