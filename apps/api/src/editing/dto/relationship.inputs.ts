import { Field, Float, ID, InputType, Int, IntersectionType, registerEnumType } from '@nestjs/graphql';
import type { FinanceInstrument, RelationshipType, Visibility } from '@koppel/domain';
import { enumOf, FinanceInstrumentEnum, VisibilityEnum } from '../../graphql/domain-enums';

/**
 * The relationships users keep by hand. The others (where things are, who works where, events)
 * come with the nodes they describe, from imports and the seed.
 */
export const USER_KEPT_RELATIONSHIP_TYPES = [
  'MEMBER_OF',
  'FUNDED',
  'BOUGHT_FROM',
  'KNOWS',
  'SUPPORTED_BY',
  'PARTNERS_WITH',
] as const satisfies readonly RelationshipType[];

export type UserKeptRelationshipType = (typeof USER_KEPT_RELATIONSHIP_TYPES)[number];

export const UserKeptRelationshipTypeEnum = enumOf(USER_KEPT_RELATIONSHIP_TYPES);
registerEnumType(UserKeptRelationshipTypeEnum, {
  name: 'UserKeptRelationshipType',
  description: 'The relationships users create, change and delete through the API.',
  valuesMap: {
    MEMBER_OF: { description: 'A membership: a person or organisation (from) is a member of a network (to).' },
    FUNDED: { description: 'A funding: a fund or government (from) funded an entrepreneur, programme or network (to).' },
    BOUGHT_FROM: { description: 'A purchase: a buyer (from) bought from an entrepreneur (to).' },
    KNOWS: { description: 'An acquaintance between people or organisations.' },
    SUPPORTED_BY: { description: 'Support: an entrepreneur (from) is supported by a programme, institution, network or government (to).' },
    PARTNERS_WITH: { description: 'A partnership between two organisations.' },
  },
});

@InputType({ description: 'Which relationship: its type, its ends and its key.' })
export class RelationshipRefInput {
  @Field(() => UserKeptRelationshipTypeEnum, { description: 'The type of the relationship.' })
  type!: UserKeptRelationshipType;

  @Field(() => ID, { description: 'Id of the node it starts at.' })
  from!: string;

  @Field(() => ID, { description: 'Id of the node it ends at.' })
  to!: string;

  @Field({ nullable: true, description: 'Tells apart two relationships of one type between the same nodes, e.g. `2024` for a second funding.' })
  key?: string;
}

@InputType({ description: 'The properties of a relationship; each used by the types named. Left out: kept (update) or unset (create); null clears one.' })
export class RelationshipPropertiesInput {
  @Field(() => Float, { nullable: true, description: 'KNOWS: how strong the tie is, 0 (barely) to 1 (close).' })
  strength?: number | null;

  @Field(() => String, { nullable: true, description: 'When the tie was last active or confirmed (YYYY-MM-DD).' })
  lastActiveAt?: string | null;

  @Field(() => Int, { nullable: true, description: 'FUNDED, BOUGHT_FROM: the amount in euros.' })
  amountEur?: number | null;

  @Field(() => Int, { nullable: true, description: 'FUNDED, BOUGHT_FROM: the year it happened; MEMBER_OF: the year it began.' })
  year?: number | null;

  @Field(() => FinanceInstrumentEnum, { nullable: true, description: 'FUNDED: the instrument used.' })
  instrument?: FinanceInstrument | null;

  @Field(() => String, { nullable: true, description: 'BOUGHT_FROM: the procurement category.' })
  category?: string | null;

  @Field(() => String, { nullable: true, description: 'The role one end plays, e.g. a board seat in a network.' })
  role?: string | null;

  @Field(() => String, { nullable: true, description: 'Where this fact comes from.' })
  source?: string | null;

  @Field(() => Float, { nullable: true, description: 'How sure we are that it is real, 0 to 1; 1 when left out on create.' })
  confidence?: number | null;

  @Field(() => VisibilityEnum, { nullable: true, description: 'Who may see it; PUBLIC when left out on create.' })
  visibility?: Visibility | null;
}

@InputType({ description: 'A new relationship: which one, and its properties.' })
export class NewRelationshipInput extends IntersectionType(RelationshipRefInput, RelationshipPropertiesInput, InputType) {}
