import { Field, InputType, OmitType } from '@nestjs/graphql';
import type { EcosystemDomain, EnterpriseKind, NodeKind, Province, Stage, Theme } from '@koppel/domain';
import {
  EcosystemDomainEnum,
  EnterpriseKindEnum,
  NodeKindEnum,
  ProvinceEnum,
  StageEnum,
  ThemeEnum,
} from '../../graphql/domain-enums';

@InputType({ description: 'Every given filter must hold.' })
export class NodeFilterInput {
  @Field(() => [NodeKindEnum], { nullable: true, description: 'Any of these kinds; all when left out.' })
  kinds?: NodeKind[];

  @Field({ nullable: true, description: 'Part of the name, in any case, with or without accents, punctuation read as a space: `cooperatie` and `COÖP` find Coöperatie, `sudwest fryslan` finds Súdwest-Fryslân.' })
  nameContains?: string;

  @Field({ nullable: true, description: 'Municipality code, e.g. `leeuwarden`.' })
  municipality?: string;

  @Field(() => ProvinceEnum, { nullable: true, description: 'In this province.' })
  province?: Province;

  @Field(() => ThemeEnum, { nullable: true, description: 'Works on this theme.' })
  theme?: Theme;

  @Field(() => EcosystemDomainEnum, { nullable: true, description: 'Offers this domain.' })
  offers?: EcosystemDomain;

  @Field(() => EcosystemDomainEnum, { nullable: true, description: 'Needs this domain (entrepreneurs).' })
  needs?: EcosystemDomain;

  @Field(() => StageEnum, { nullable: true, description: 'Entrepreneurs at this stage.' })
  stage?: Stage;

  @Field(() => EnterpriseKindEnum, { nullable: true, description: 'Entrepreneurs of this kind.' })
  enterpriseKind?: EnterpriseKind;
}

@InputType({ description: 'Every given filter must hold; for a list of one kind.' })
export class KindFilterInput extends OmitType(NodeFilterInput, ['kinds'] as const, InputType) {}
