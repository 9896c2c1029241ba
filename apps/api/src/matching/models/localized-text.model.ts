import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A sentence in Dutch and in English.' })
export class LocalizedText {
  @Field({ description: 'Dutch.' })
  nl!: string;

  @Field({ description: 'English.' })
  en!: string;
}
