import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ORIGINS, Origin } from '@koppel/domain';

export const OriginEnum = Object.fromEntries(ORIGINS.map((origin) => [origin, origin])) as Record<Origin, Origin>;
registerEnumType(OriginEnum, {
  name: 'Origin',
  description: 'Where a fact came from: the demo seed, an import file, a user.',
  valuesMap: {
    SEED: { description: 'The demo data Koppel loads into an empty store.' },
    IMPORT: { description: 'An import file (koppel import).' },
    USER: { description: 'A signed-in user, through the API.' },
  },
});

@ObjectType({ description: 'Who added a fact, when, and from which source. Kept from the first write.' })
export class Provenance {
  @Field(() => OriginEnum, { description: 'The seed, an import, or a user.' })
  origin!: Origin;

  @Field({ description: 'The account or tool that added it.' })
  addedBy!: string;

  @Field({ description: 'When it was first written (ISO 8601).' })
  addedAt!: string;

  @Field({ nullable: true, description: 'The file or document it came from.' })
  reference?: string;
}
