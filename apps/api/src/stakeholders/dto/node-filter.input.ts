import { Field, InputType } from '@nestjs/graphql';
import type { EcosystemDomain, NodeKind, Province, Theme } from '@koppel/domain';
import { EcosystemDomainEnum, NodeKindEnum, ProvinceEnum, ThemeEnum } from '../../graphql/domain-enums';

@InputType({ description: 'Every given filter must hold.' })
export class NodeFilterInput {
  @Field(() => [NodeKindEnum], { nullable: true })
  kinds?: NodeKind[];

  @Field({ nullable: true, description: 'Case-insensitive part of the name.' })
  nameContains?: string;

  @Field({ nullable: true, description: 'Municipality code, e.g. `leeuwarden`.' })
  municipality?: string;

  @Field(() => ProvinceEnum, { nullable: true })
  province?: Province;

  @Field(() => ThemeEnum, { nullable: true })
  theme?: Theme;

  @Field(() => EcosystemDomainEnum, { nullable: true, description: 'Offers this domain.' })
  offers?: EcosystemDomain;

  @Field(() => EcosystemDomainEnum, { nullable: true, description: 'Needs this domain (entrepreneurs).' })
  needs?: EcosystemDomain;
}
