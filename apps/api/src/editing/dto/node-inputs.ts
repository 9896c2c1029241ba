import { Field, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
import type {
  EnterpriseKind,
  FinanceInstrument,
  Label,
  ProcurementInstrument,
  Province,
  PurchaserType,
  Stage,
} from '@koppel/domain';
import {
  EnterpriseKindEnum,
  FinanceInstrumentEnum,
  LabelEnum,
  ProcurementInstrumentEnum,
  ProvinceEnum,
  PurchaserTypeEnum,
  StageEnum,
} from '../../graphql/domain-enums';
import { MunicipalityPolicyInput, NeedInput, RegionalFieldsInput, StakeholderFieldsInput } from './stakeholder-fields.input';

/** The new-node input of each kind, and its update input: the same fields, all optional, no id. */

@InputType({ description: 'A new impact enterprise.' })
export class CreateEntrepreneurInput extends StakeholderFieldsInput {
  @Field(() => EnterpriseKindEnum, { description: 'SOCIAL or CONSTRUCTIVE.' })
  enterpriseKind!: EnterpriseKind;

  @Field(() => StageEnum, { description: 'Stage of the enterprise.' })
  stage!: Stage;

  @Field(() => [Int], { nullable: true, description: 'UN Sustainable Development Goals, 1 to 17.' })
  sdgs?: number[] | null;

  @Field(() => [String], { nullable: true, description: 'Products and services it sells.' })
  products?: string[] | null;

  @Field(() => [LabelEnum], { nullable: true, description: 'Labels and certificates it holds.' })
  labels?: Label[] | null;

  @Field(() => [NeedInput], { nullable: true, description: 'What it asks for, per ecosystem domain.' })
  needs?: NeedInput[] | null;

  @Field(() => Int, { nullable: true, description: 'Year it was founded.' })
  foundedYear?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Shows its needs to other entrepreneurs too; false when left out.' })
  needsShared?: boolean | null;
}

@InputType({ description: 'A new financier: fund, foundation or investor.' })
export class CreateFundInput extends RegionalFieldsInput {
  @Field(() => [FinanceInstrumentEnum], { nullable: true, description: 'Ways it finances.' })
  instruments?: FinanceInstrument[] | null;

  @Field(() => Int, { nullable: true, description: 'Smallest ticket, in euros.' })
  ticketMinEur?: number | null;

  @Field(() => Int, { nullable: true, description: 'Largest ticket, in euros.' })
  ticketMaxEur?: number | null;

  @Field(() => [StageEnum], { nullable: true, description: 'Stages it funds.' })
  stages?: Stage[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Funds only social enterprises; false when left out.' })
  socialOnly?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Open for applications now; true when left out.' })
  openForApplications?: boolean | null;
}

@InputType({ description: 'A new buying organisation or inkoop department.' })
export class CreatePurchaserInput extends StakeholderFieldsInput {
  @Field(() => PurchaserTypeEnum, { description: 'What kind of organisation buys.' })
  purchaserType!: PurchaserType;

  @Field(() => [String], { nullable: true, description: 'Categories it buys.' })
  categories?: string[] | null;

  @Field(() => [ProcurementInstrumentEnum], { nullable: true, description: 'Ways it can favour impact enterprises.' })
  procurementInstruments?: ProcurementInstrument[] | null;

  @Field(() => [String], { nullable: true, description: 'Open procurement questions and challenges.' })
  openQuestions?: string[] | null;
}

@InputType({ description: 'A new municipality (gemeente).' })
export class CreateMunicipalityInput extends OmitType(StakeholderFieldsInput, ['municipality'] as const, InputType) {
  @Field({ description: 'Code of the municipality itself, e.g. `leeuwarden`.' })
  municipality!: string;

  @Field(() => MunicipalityPolicyInput, { nullable: true, description: 'How it supports impact entrepreneurship.' })
  policy?: MunicipalityPolicyInput | null;
}

@InputType({ description: 'A new province.' })
export class CreateProvinceInput extends StakeholderFieldsInput {
  @Field(() => ProvinceEnum, { description: 'Which of the three provinces it is.' })
  province!: Province;
}

@InputType({ description: 'A new network, community, association or alliance.' })
export class CreateNetworkInput extends RegionalFieldsInput {}

@InputType({ description: 'A new university, university of applied sciences or college.' })
export class CreateKnowledgeInstitutionInput extends RegionalFieldsInput {}

@InputType({ description: 'A new support programme or incubator.' })
export class CreateSupportProgrammeInput extends RegionalFieldsInput {}

@InputType({ description: 'A new contact person. Contact details (e-mail, phone) are not set through this API.' })
export class CreatePersonInput extends StakeholderFieldsInput {
  @Field(() => String, { nullable: true, description: 'Job title or role.' })
  role?: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail address; shown only to those the privacy rules allow.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number; shown only to those the privacy rules allow.' })
  phone?: string | null;
}

@InputType({ description: 'A new meet-up or match-making session.' })
export class CreateEventInput extends StakeholderFieldsInput {
  @Field({ description: 'Date, YYYY-MM-DD.' })
  date!: string;
}

const updateOf = <T>(create: new () => T, name: string) => {
  @InputType(name, { description: 'The fields to change; a field left out keeps its value, null clears an optional one.' })
  class Update extends PartialType(OmitType(create as never, ['id'] as never, InputType), InputType) {}
  return Update;
};

export const UpdateEntrepreneurInput = updateOf(CreateEntrepreneurInput, 'UpdateEntrepreneurInput');
export const UpdateFundInput = updateOf(CreateFundInput, 'UpdateFundInput');
export const UpdatePurchaserInput = updateOf(CreatePurchaserInput, 'UpdatePurchaserInput');
export const UpdateMunicipalityInput = updateOf(CreateMunicipalityInput, 'UpdateMunicipalityInput');
export const UpdateProvinceInput = updateOf(CreateProvinceInput, 'UpdateProvinceInput');
export const UpdateNetworkInput = updateOf(CreateNetworkInput, 'UpdateNetworkInput');
export const UpdateKnowledgeInstitutionInput = updateOf(CreateKnowledgeInstitutionInput, 'UpdateKnowledgeInstitutionInput');
export const UpdateSupportProgrammeInput = updateOf(CreateSupportProgrammeInput, 'UpdateSupportProgrammeInput');
export const UpdatePersonInput = updateOf(CreatePersonInput, 'UpdatePersonInput');
export const UpdateEventInput = updateOf(CreateEventInput, 'UpdateEventInput');
