import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { EcosystemDomain, EnterpriseKind, FinanceInstrument, Label, Stage } from '@koppel/domain';
import {
  EcosystemDomainEnum,
  EnterpriseKindEnum,
  FinanceInstrumentEnum,
  LabelEnum,
  StageEnum,
} from '../../graphql/domain-enums';
import { Stakeholder } from './stakeholder.model';

@ObjectType({ description: 'What an entrepreneur asks for in one ecosystem domain.' })
export class Need {
  @Field(() => EcosystemDomainEnum)
  domain!: EcosystemDomain;

  @Field()
  description!: string;

  @Field(() => Int, { nullable: true, description: 'For FINANCE: the amount asked, in euros.' })
  amountEur?: number;

  @Field(() => FinanceInstrumentEnum, { nullable: true })
  instrument?: FinanceInstrument;

  @Field({ nullable: true, description: 'For MARKET_POLICY: the procurement category.' })
  category?: string;
}

@ObjectType({ implements: () => [Stakeholder], description: 'An impact enterprise.' })
export class Entrepreneur extends Stakeholder {
  @Field(() => EnterpriseKindEnum)
  enterpriseKind!: EnterpriseKind;

  @Field(() => StageEnum)
  stage!: Stage;

  @Field(() => [Int], { description: 'UN Sustainable Development Goals, 1 to 17.' })
  sdgs!: number[];

  @Field(() => [String], { description: 'Products and services it sells.' })
  products!: string[];

  @Field(() => [LabelEnum])
  labels!: Label[];

  /** Resolved by EntrepreneurNeedsResolver, which masks it for viewers who may not see it. */
  needs?: Need[] | null;

  /** Resolved by EntrepreneurNeedsResolver. */
  needsShared?: boolean;

  @Field(() => Int, { nullable: true })
  foundedYear?: number;
}
