import { ArgsType, Field } from '@nestjs/graphql';
import { PageArgs } from '../../graphql/page.args';
import { NodeFilterInput } from './node-filter.input';

@ArgsType()
export class NodesArgs extends PageArgs {
  @Field(() => NodeFilterInput, { nullable: true })
  filter?: NodeFilterInput;
}
