import type { Type } from '@nestjs/common';
import type { NodeKind } from '@koppel/domain';
import * as models from '../stakeholders/models';
import { RELATION_FIELDS } from './relation-fields';
import { RelatedEdgeResolver, relationFieldsResolver } from './relation-fields.resolver';

const MODEL_OF_KIND: Record<NodeKind, Type<unknown>> = {
  Entrepreneur: models.Entrepreneur,
  Network: models.Network,
  Fund: models.Fund,
  Purchaser: models.Purchaser,
  Municipality: models.Municipality,
  Province: models.Province,
  KnowledgeInstitution: models.KnowledgeInstitution,
  SupportProgramme: models.SupportProgramme,
  Person: models.Person,
  Event: models.Event,
};

/** Every resolver of relationship fields, for the app module's providers. */
export const RELATION_RESOLVERS: Type<unknown>[] = [
  ...(Object.keys(RELATION_FIELDS) as NodeKind[]).map((kind) => relationFieldsResolver(MODEL_OF_KIND[kind], RELATION_FIELDS[kind])),
  RelatedEdgeResolver,
];
