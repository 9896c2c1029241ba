import { ArgsType, Field } from '@nestjs/graphql';
import { PageArgs } from '../../graphql/page.args';
import { NodeFilterInput } from './node-filter.input';

@ArgsType()
export class NodesArgs extends PageArgs {
  @Field(() => NodeFilterInput, { nullable: true, description: 'Only nodes for which every given filter holds; all when left out.' })
  filter?: NodeFilterInput;
}
