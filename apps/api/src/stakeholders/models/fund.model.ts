import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { FinanceInstrument, Province, Stage } from '@koppel/domain';
import { FinanceInstrumentEnum, ProvinceEnum, StageEnum } from '../../graphql/domain-enums';
import { Stakeholder } from './stakeholder.model';

@ObjectType({ implements: () => [Stakeholder], description: 'A financier: fund, foundation or investor.' })
export class Fund extends Stakeholder {
  @Field(() => [FinanceInstrumentEnum], { description: 'Ways it finances.' })
  instruments!: FinanceInstrument[];

  @Field(() => Int, { nullable: true, description: 'Smallest ticket, in euros.' })
  ticketMinEur?: number;

  @Field(() => Int, { nullable: true, description: 'Largest ticket, in euros.' })
  ticketMaxEur?: number;

  @Field(() => [StageEnum], { description: 'Stages it funds.' })
  stages!: Stage[];

  @Field({ description: 'Funds only social enterprises.' })
  socialOnly!: boolean;

  @Field({ description: 'Open for applications now.' })
  openForApplications!: boolean;

  @Field(() => [ProvinceEnum], { description: 'Provinces it covers.' })
  regions!: Province[];
}
