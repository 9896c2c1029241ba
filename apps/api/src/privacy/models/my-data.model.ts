import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Role, StakeholderNode, ValidRelationship } from '@koppel/domain';
import type { Introduction as StoredIntroduction } from '@koppel/domain';
import { Relationship } from '../../graph/models/relationship.model';
import { RoleEnum } from '../../graphql/domain-enums';
import { Introduction } from '../../introductions/models/introduction.model';
import { Person } from '../../stakeholders/models';
import { AuditEntry } from './audit-entry.model';

@ObjectType({ description: 'The signed-in account, as an export shows it: never its password hash.' })
export class AccountExport {
  @Field(() => ID, { description: 'The account id.' })
  accountId!: string;

  @Field(() => RoleEnum, { description: 'Its role.' })
  role!: Role;

  @Field(() => ID, { description: 'The organisation it acts for.' })
  organisationId!: string;

  @Field(() => ID, { nullable: true, description: 'The person it belongs to.' })
  personId?: string;
}

@ObjectType({ description: 'Everything Koppel holds about the signed-in person (the right of access).' })
export class MyData {
  @Field(() => Person, { description: 'The person, with their contact data.' })
  person!: StakeholderNode;

  @Field(() => [Relationship], { description: 'Every relationship of the person, whatever its visibility.' })
  relationships!: ValidRelationship[];

  @Field(() => [Introduction], { description: 'Introductions the person requested, received, was asked to make or took a step in.' })
  introductions!: StoredIntroduction[];

  @Field(() => AccountExport, { description: 'The account the person signed in with.' })
  account!: AccountExport;

  @Field(() => [AuditEntry], { description: 'Audit entries the account made or that are about the person.' })
  auditEntries!: AuditEntry[];
}
