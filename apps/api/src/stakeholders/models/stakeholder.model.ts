import { Field, ID, InterfaceType } from '@nestjs/graphql';
import type { EcosystemDomain, NodeKind, Province, Theme } from '@koppel/domain';
import { EcosystemDomainEnum, NodeKindEnum, ProvinceEnum, ThemeEnum } from '../../graphql/domain-enums';
import { Provenance } from '../../graphql/provenance.model';

/** Fields every actor of the ecosystem has; each node kind is a type implementing it. */
@InterfaceType('Stakeholder', {
  description: 'An actor of the ecosystem: an organisation, a person or an event.',
  resolveType: (value: { kind: NodeKind }) => value.kind,
})
export abstract class Stakeholder {
  @Field(() => ID, { description: 'Stable id, e.g. `fund:rabo-foundation`.' })
  id!: string;

  @Field(() => NodeKindEnum, { description: 'Which kind of node this is.' })
  kind!: NodeKind;

  @Field({ description: 'Name.' })
  name!: string;

  @Field({ nullable: true, description: 'What it is and does.' })
  description?: string;

  @Field({ nullable: true, description: 'Code of the municipality where it is based, e.g. `het-hogeland`.' })
  municipality?: string;

  @Field(() => ProvinceEnum, { nullable: true, description: 'Province, derived from the municipality.' })
  province?: Province;

  @Field(() => [ThemeEnum], { description: 'Impact themes it works on.' })
  themes!: Theme[];

  @Field(() => [EcosystemDomainEnum], { description: 'Ecosystem domains it offers to others.' })
  offers!: EcosystemDomain[];

  @Field({ nullable: true, description: 'Web address.' })
  website?: string;

  @Field({ description: 'False when it opted out: it is then never suggested to anyone.' })
  visibleForMatchmaking!: boolean;

  @Field({ nullable: true, description: 'Where this profile comes from.' })
  source?: string;

  @Field({ description: 'True when the profile is an illustration, not a public fact.' })
  illustrative!: boolean;

  @Field(() => Provenance, { nullable: true, description: 'Who added it, when and from where.' })
  provenance?: Provenance;
}
