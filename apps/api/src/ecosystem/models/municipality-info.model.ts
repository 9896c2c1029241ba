import { Field, Float, ObjectType } from '@nestjs/graphql';
import type { Province } from '@koppel/domain';
import { ProvinceEnum } from '../../graphql/domain-enums';

@ObjectType({ description: 'One of the 40 municipalities of Noord-Nederland, for maps and pickers.' })
export class MunicipalityInfo {
  @Field({ description: 'The code used in `municipality` fields and filters.' })
  code!: string;

  @Field()
  name!: string;

  @Field(() => ProvinceEnum)
  province!: Province;

  @Field()
  mainTown!: string;

  @Field(() => Float, { description: 'Approximate latitude of the main town.' })
  lat!: number;

  @Field(() => Float)
  lon!: number;
}
