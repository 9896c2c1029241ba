import { ArgsType, Field } from '@nestjs/graphql';
import { PageArgs } from '../../graphql/page.args';
import { KindFilterInput } from './node-filter.input';

@ArgsType()
export class KindListArgs extends PageArgs {
  @Field(() => KindFilterInput, { nullable: true, description: 'Only nodes for which every given filter holds; all when left out.' })
  filter?: KindFilterInput;
}
