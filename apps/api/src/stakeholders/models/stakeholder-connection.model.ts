import { ConnectionType } from '../../graphql/connection';
import { Stakeholder } from './stakeholder.model';

export const StakeholderConnection = ConnectionType(Stakeholder, 'Stakeholder');
