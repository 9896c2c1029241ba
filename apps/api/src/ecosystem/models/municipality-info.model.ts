import { Field, Float, ObjectType } from '@nestjs/graphql';
import type { Province } from '@koppel/domain';
import { ProvinceEnum } from '../../graphql/domain-enums';

@ObjectType({ description: 'One of the 40 municipalities of Noord-Nederland, for maps and pickers.' })
export class MunicipalityInfo {
  @Field({ description: 'The code used in `municipality` fields and filters.' })
  code!: string;

  @Field({ description: 'Its name, e.g. `Súdwest-Fryslân`.' })
  name!: string;

  @Field(() => ProvinceEnum, { description: 'The province it is in.' })
  province!: Province;

  @Field({ description: 'Its main town, e.g. `Sneek`.' })
  mainTown!: string;

  @Field(() => Float, { description: 'Approximate latitude of the main town.' })
  lat!: number;

  @Field(() => Float, { description: 'Approximate longitude of the main town.' })
  lon!: number;
}
