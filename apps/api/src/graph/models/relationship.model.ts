import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { FinanceInstrument, RelationshipType, Visibility } from '@koppel/domain';
import { FinanceInstrumentEnum, RelationshipTypeEnum, VisibilityEnum } from '../../graphql/domain-enums';
import { ConnectionType } from '../../graphql/connection';
import { Provenance } from '../../graphql/provenance.model';

@ObjectType({ description: 'A directed relationship between two nodes.' })
export class Relationship {
  @Field(() => ID, { description: 'Stable id, made from type, ends and key: `from>TYPE>to#key`.' })
  id!: string;

  @Field(() => RelationshipTypeEnum, { description: 'What kind of relationship it is.' })
  type!: RelationshipType;

  @Field(() => ID, { description: 'Id of the node it starts at.' })
  from!: string;

  @Field(() => ID, { description: 'Id of the node it ends at.' })
  to!: string;

  @Field(() => Float, { nullable: true, description: 'KNOWS: tie strength, 0 to 1.' })
  strength?: number;

  @Field({ nullable: true, description: 'When the tie was last active or confirmed (YYYY-MM-DD).' })
  lastActiveAt?: string;

  @Field(() => Int, { nullable: true, description: 'FUNDED, BOUGHT_FROM: amount in euros.' })
  amountEur?: number;

  @Field(() => Int, { nullable: true, description: 'FUNDED, BOUGHT_FROM: the year it happened; MEMBER_OF: the year it began.' })
  year?: number;

  @Field(() => FinanceInstrumentEnum, { nullable: true, description: 'FUNDED: the instrument used.' })
  instrument?: FinanceInstrument;

  @Field({ nullable: true, description: 'BOUGHT_FROM: the procurement category.' })
  category?: string;

  @Field({ nullable: true, description: 'WORKS_FOR: the job title; otherwise the role one end plays.' })
  role?: string;

  @Field({ nullable: true, description: 'Where this fact comes from.' })
  source?: string;

  @Field({ nullable: true, description: 'Distinguishes two relationships of one type between the same nodes.' })
  key?: string;

  @Field(() => Float, { description: 'How sure we are that this relationship is real, 0 to 1.' })
  confidence!: number;

  @Field(() => VisibilityEnum, { description: 'Who may see it.' })
  visibility!: Visibility;

  @Field(() => Provenance, { nullable: true, description: 'Who added it, when and from where.' })
  provenance?: Provenance;
}

export const RelationshipConnection = ConnectionType(Relationship, 'Relationship');
