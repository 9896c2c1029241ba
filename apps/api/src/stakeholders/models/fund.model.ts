import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { FinanceInstrument, Province, Stage } from '@koppel/domain';
import { FinanceInstrumentEnum, ProvinceEnum, StageEnum } from '../../graphql/domain-enums';
import { Stakeholder } from './stakeholder.model';

@ObjectType({ implements: () => [Stakeholder], description: 'A financier: fund, foundation or investor.' })
export class Fund extends Stakeholder {
  @Field(() => [FinanceInstrumentEnum])
  instruments!: FinanceInstrument[];

  @Field(() => Int, { nullable: true })
  ticketMinEur?: number;

  @Field(() => Int, { nullable: true })
  ticketMaxEur?: number;

  @Field(() => [StageEnum], { description: 'Stages it funds.' })
  stages!: Stage[];

  @Field({ description: 'Funds only social enterprises.' })
  socialOnly!: boolean;

  @Field()
  openForApplications!: boolean;

  @Field(() => [ProvinceEnum], { description: 'Provinces it covers.' })
  regions!: Province[];
}
