import { ConnectionType } from '../../graphql/connection';
import { Entrepreneur } from './entrepreneur.model';
import { Fund } from './fund.model';
import { Event, Person } from './person-and-event.model';
import { Purchaser } from './purchaser.model';
import { KnowledgeInstitution, Network, SupportProgramme } from './regional-organisations.model';

export const EntrepreneurConnection = ConnectionType(Entrepreneur, 'Entrepreneur');
export const FundConnection = ConnectionType(Fund, 'Fund');
export const NetworkConnection = ConnectionType(Network, 'Network');
export const PurchaserConnection = ConnectionType(Purchaser, 'Purchaser');
export const KnowledgeInstitutionConnection = ConnectionType(KnowledgeInstitution, 'KnowledgeInstitution');
export const SupportProgrammeConnection = ConnectionType(SupportProgramme, 'SupportProgramme');
export const PersonConnection = ConnectionType(Person, 'Person');
export const EventConnection = ConnectionType(Event, 'Event');
