import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { FinanceInstrument, RelationshipType, Visibility } from '@koppel/domain';
import { FinanceInstrumentEnum, RelationshipTypeEnum, VisibilityEnum } from '../../graphql/domain-enums';
import { ConnectionType } from '../../graphql/connection';
import { Provenance } from '../../graphql/provenance.model';

@ObjectType({ description: 'A directed relationship between two nodes.' })
export class Relationship {
  @Field(() => ID)
  id!: string;

  @Field(() => RelationshipTypeEnum)
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

  @Field(() => Int, { nullable: true })
  year?: number;

  @Field(() => FinanceInstrumentEnum, { nullable: true })
  instrument?: FinanceInstrument;

  @Field({ nullable: true })
  category?: string;

  @Field({ nullable: true })
  role?: string;

  @Field({ nullable: true })
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
