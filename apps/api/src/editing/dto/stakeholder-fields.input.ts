import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { EcosystemDomain, FinanceInstrument, Province, Theme } from '@koppel/domain';
import { EcosystemDomainEnum, FinanceInstrumentEnum, ProvinceEnum, ThemeEnum } from '../../graphql/domain-enums';

/**
 * The fields every node kind's input has. Required fields are non-null here; the update inputs
 * (PartialType) make every field optional. Whatever GraphQL lets through is checked by the
 * store's validation, the same rules an import obeys.
 */
@InputType({ isAbstract: true })
export class StakeholderFieldsInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Stable id, e.g. `ent:zonnewerf`; made from the kind and the name when left out.',
  })
  id?: string;

  @Field({ description: 'Name, 1 to 200 characters.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What it is and does, up to 4000 characters.' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Code of the municipality where it is based, e.g. `het-hogeland`.' })
  municipality?: string | null;

  @Field(() => [ThemeEnum], { nullable: true, description: 'Impact themes it works on.' })
  themes?: Theme[] | null;

  @Field(() => [EcosystemDomainEnum], { nullable: true, description: 'Ecosystem domains it offers to others.' })
  offers?: EcosystemDomain[] | null;

  @Field(() => String, { nullable: true, description: 'Web address (URL).' })
  website?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'False to opt out of matchmaking: it is then never suggested. True when left out.' })
  visibleForMatchmaking?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Where this profile comes from.' })
  source?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True when the profile is an illustration, not a public fact.' })
  illustrative?: boolean | null;
}

/** For organisations whose reach is a set of provinces. */
@InputType({ isAbstract: true })
export class RegionalFieldsInput extends StakeholderFieldsInput {
  @Field(() => [ProvinceEnum], { nullable: true, description: 'Provinces it reaches.' })
  regions?: Province[] | null;
}

@InputType({ description: 'What an entrepreneur asks for in one ecosystem domain.' })
export class NeedInput {
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

@InputType({ description: 'How a municipality supports impact entrepreneurship; each false when left out.' })
export class MunicipalityPolicyInput {
  @Field({ nullable: true, description: 'Has an action programme for impact entrepreneurship.' })
  actionProgramme?: boolean;

  @Field({ nullable: true, description: 'Has a desk or account manager for impact entrepreneurs.' })
  desk?: boolean;

  @Field({ nullable: true, description: 'Has a social procurement policy.' })
  socialProcurementPolicy?: boolean;

  @Field({ nullable: true, description: 'Uses reserved contracts (Aanbestedingswet art. 2.82).' })
  reservedContracts?: boolean;

  @Field({ nullable: true, description: 'Runs Challenges for entrepreneurs.' })
  challenges?: boolean;
}
