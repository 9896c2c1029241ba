import { ArgsType, Field, Int } from '@nestjs/graphql';

/** Forward pagination arguments shared by every connection. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 50, description: 'Page size, 1 to 1000.' })
  first!: number;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page.' })
  after?: string;
}
