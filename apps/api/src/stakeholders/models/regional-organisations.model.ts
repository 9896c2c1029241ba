import { Field, ObjectType } from '@nestjs/graphql';
import type { Province as ProvinceCode } from '@koppel/domain';
import { ProvinceEnum } from '../../graphql/domain-enums';
import { Stakeholder } from './stakeholder.model';

/** Organisations whose reach is a set of provinces. */
@ObjectType({ implements: () => [Stakeholder], description: 'A network, community, association or alliance.' })
export class Network extends Stakeholder {
  @Field(() => [ProvinceEnum], { description: 'Provinces it reaches.' })
  regions!: ProvinceCode[];
}

@ObjectType({ implements: () => [Stakeholder], description: 'A university, university of applied sciences or college.' })
export class KnowledgeInstitution extends Stakeholder {
  @Field(() => [ProvinceEnum], { description: 'Provinces it reaches.' })
  regions!: ProvinceCode[];
}

@ObjectType({ implements: () => [Stakeholder], description: 'A support programme or incubator.' })
export class SupportProgramme extends Stakeholder {
  @Field(() => [ProvinceEnum], { description: 'Provinces it reaches.' })
  regions!: ProvinceCode[];
}

@ObjectType({ implements: () => [Stakeholder], description: 'A province.' })
export class Province extends Stakeholder {}
