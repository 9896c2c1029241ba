import { registerEnumType } from '@nestjs/graphql';
import { ROLES } from '@koppel/domain';
import { enumOf } from '../../graphql/domain-enums';

export const RoleEnum = enumOf(ROLES);

registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'What an account may do. ADMIN may do whatever a COORDINATOR may, and create accounts.',
  valuesMap: {
    COORDINATOR: { description: 'A network, programme or municipality coordinator: sees and matches the whole ecosystem.' },
    ENTREPRENEUR: { description: 'An impact entrepreneur: its own suggestions, requests and needs.' },
    FUND: { description: 'A fund or investor: scouts entrepreneurs for its own fund.' },
    PURCHASER: { description: 'A buying organisation or its inkoper: finds suppliers for its own questions.' },
    ADMIN: { description: 'Runs Koppel: a coordinator who also creates accounts.' },
  },
});
