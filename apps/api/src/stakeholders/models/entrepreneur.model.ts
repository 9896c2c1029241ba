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
  @Field(() => EcosystemDomainEnum, { description: 'The domain the need is in.' })
  domain!: EcosystemDomain;

  @Field({ description: 'What is needed, in a sentence.' })
  description!: string;

  @Field(() => Int, { nullable: true, description: 'For FINANCE: the amount asked, in euros.' })
  amountEur?: number;

  @Field(() => FinanceInstrumentEnum, { nullable: true, description: 'For FINANCE: the instrument asked for.' })
  instrument?: FinanceInstrument;

  @Field({ nullable: true, description: 'For MARKET_POLICY: the procurement category.' })
  category?: string;
}

@ObjectType({ implements: () => [Stakeholder], description: 'An impact enterprise.' })
export class Entrepreneur extends Stakeholder {
  @Field(() => EnterpriseKindEnum, { description: 'SOCIAL or CONSTRUCTIVE.' })
  enterpriseKind!: EnterpriseKind;

  @Field(() => StageEnum, { description: 'Stage of the enterprise.' })
  stage!: Stage;

  @Field(() => [Int], { description: 'UN Sustainable Development Goals, 1 to 17.' })
  sdgs!: number[];

  @Field(() => [String], { description: 'Products and services it sells.' })
  products!: string[];

  @Field(() => [LabelEnum], { description: 'Labels and certificates it holds.' })
  labels!: Label[];

  /** Resolved by EntrepreneurNeedsResolver, which masks it for viewers who may not see it. */
  needs?: Need[] | null;

  /** Resolved by EntrepreneurNeedsResolver. */
  needsShared?: boolean;

  @Field(() => Int, { nullable: true, description: 'Year it was founded.' })
  foundedYear?: number;
}
