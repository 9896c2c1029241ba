import { Field, ObjectType } from '@nestjs/graphql';
import type { Account, StakeholderNode, ValidRelationship } from '@koppel/domain';
import type { Introduction as StoredIntroduction } from '@koppel/domain';
import { Relationship } from '../../graph/models/relationship.model';
import { AccountInfo } from '../../accounts/models/account.model';
import { Introduction } from '../../introductions/models/introduction.model';
import { Person } from '../../stakeholders/models';
import { AuditEntry } from './audit-entry.model';

@ObjectType({ description: 'Everything Koppel holds about the signed-in person (the right of access).' })
export class MyData {
  @Field(() => Person, { description: 'The person, with their contact data.' })
  person!: StakeholderNode;

  @Field(() => [Relationship], { description: 'Every relationship of the person, whatever its visibility.' })
  relationships!: ValidRelationship[];

  @Field(() => [Introduction], { description: 'Introductions the person requested, received, was asked to make or took a step in.' })
  introductions!: StoredIntroduction[];

  @Field(() => AccountInfo, { description: 'The account the person signed in with, without its password hash.' })
  account!: Omit<Account, 'passwordHash'>;

  @Field(() => [AuditEntry], { description: 'Audit entries the account made or that are about the person.' })
  auditEntries!: AuditEntry[];
}
