export { Stakeholder } from './stakeholder.model';
export { Entrepreneur, Need } from './entrepreneur.model';
export { Fund } from './fund.model';
export { Purchaser } from './purchaser.model';
export { Municipality, MunicipalityPolicy } from './municipality.model';
export { Network, KnowledgeInstitution, SupportProgramme, Province } from './regional-organisations.model';
export { Person, Event } from './person-and-event.model';

import { Entrepreneur } from './entrepreneur.model';
import { Fund } from './fund.model';
import { Municipality } from './municipality.model';
import { Event, Person } from './person-and-event.model';
import { Purchaser } from './purchaser.model';
import { KnowledgeInstitution, Network, Province, SupportProgramme } from './regional-organisations.model';

/** Every concrete type, so the schema includes them even where only the interface is returned. */
export const STAKEHOLDER_TYPES = [
  Entrepreneur,
  Fund,
  Purchaser,
  Municipality,
  Network,
  KnowledgeInstitution,
  SupportProgramme,
  Province,
  Person,
  Event,
];
