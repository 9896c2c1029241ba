import { Field, ObjectType } from '@nestjs/graphql';
import type { ProcurementInstrument, PurchaserType } from '@koppel/domain';
import { ProcurementInstrumentEnum, PurchaserTypeEnum } from '../../graphql/domain-enums';
import { Stakeholder } from './stakeholder.model';

@ObjectType({ implements: () => [Stakeholder], description: 'A buying organisation or its inkoop department.' })
export class Purchaser extends Stakeholder {
  @Field(() => PurchaserTypeEnum, { description: 'What kind of organisation buys.' })
  purchaserType!: PurchaserType;

  @Field(() => [String], { description: 'Categories it buys.' })
  categories!: string[];

  @Field(() => [ProcurementInstrumentEnum], { description: 'Ways it can favour impact enterprises.' })
  procurementInstruments!: ProcurementInstrument[];

  @Field(() => [String], { description: 'Open procurement questions and challenges.' })
  openQuestions!: string[];
}
