import { Field, ObjectType } from '@nestjs/graphql';
import { Stakeholder } from './stakeholder.model';

@ObjectType({ description: 'How a municipality supports impact entrepreneurship.' })
export class MunicipalityPolicy {
  @Field({ description: 'Has an action programme for impact entrepreneurship.' })
  actionProgramme!: boolean;

  @Field({ description: 'Has a desk or account manager for impact entrepreneurs.' })
  desk!: boolean;

  @Field({ description: 'Has a social procurement policy.' })
  socialProcurementPolicy!: boolean;

  @Field({ description: 'Uses reserved contracts (Aanbestedingswet art. 2.82).' })
  reservedContracts!: boolean;

  @Field({ description: 'Runs Challenges for entrepreneurs.' })
  challenges!: boolean;
}

@ObjectType({ implements: () => [Stakeholder], description: 'A municipality (gemeente) of Noord-Nederland.' })
export class Municipality extends Stakeholder {
  @Field(() => MunicipalityPolicy, { description: 'How it supports impact entrepreneurship.' })
  policy!: MunicipalityPolicy;
}
