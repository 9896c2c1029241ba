import { Type } from '@nestjs/common';
import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import type { NodeKind, StakeholderNode, Viewer } from '@koppel/domain';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import * as models from '../stakeholders/models';
import * as inputs from './dto/node-inputs';
import { NodeEditingService } from './node-editing.service';

/**
 * `create<Kind>(input)` and `update<Kind>(id, patch)` for one node kind, typed by its inputs.
 * Made per kind from one definition, so every kind follows the same rules.
 */
function nodeEditingResolver(kind: NodeKind, model: Type<unknown>, createInput: Type<unknown>, updateInput: Type<unknown>) {
  @Resolver()
  class KindEditingResolver {
    constructor(readonly editing: NodeEditingService) {}

    @Mutation(() => model, {
      name: `create${kind}`,
      description: `Adds a ${kind}. Coordinators only. CONFLICT when the id is taken; BAD_USER_INPUT names each field that is wrong.`,
    })
    create(
      @Args('input', { type: () => createInput, description: 'The new node.' }) input: { id?: string; name: string },
      @CurrentViewer() viewer: Viewer,
    ): Promise<StakeholderNode> {
      return this.editing.create(kind, input, viewer);
    }

    @Mutation(() => model, {
      name: `update${kind}`,
      description: `Changes the given fields of a ${kind}. Coordinators, or the organisation's own account. NOT_FOUND when there is no ${kind} with this id.`,
    })
    update(
      @Args('id', { type: () => ID, description: `Id of the ${kind}.` }) id: string,
      @Args('patch', { type: () => updateInput, description: 'The fields to change.' }) patch: object,
      @CurrentViewer() viewer: Viewer,
    ): Promise<StakeholderNode> {
      return this.editing.update(kind, id, patch, viewer);
    }
  }
  Object.defineProperty(KindEditingResolver, 'name', { value: `${kind}EditingResolver` });
  return KindEditingResolver;
}

/** Deleting is the same for every kind. */
@Resolver()
export class NodeDeletingResolver {
  constructor(private readonly editing: NodeEditingService) {}

  @Mutation(() => ID, {
    description: 'Deletes a node with all its relationships; answers its id. Coordinators only. NOT_FOUND when there is none.',
  })
  deleteNode(@Args('id', { type: () => ID, description: 'Id of the node.' }) id: string, @CurrentViewer() viewer: Viewer): Promise<string> {
    return this.editing.delete(id, viewer);
  }
}

export const NODE_EDITING_RESOLVERS = [
  nodeEditingResolver('Entrepreneur', models.Entrepreneur, inputs.CreateEntrepreneurInput, inputs.UpdateEntrepreneurInput),
  nodeEditingResolver('Fund', models.Fund, inputs.CreateFundInput, inputs.UpdateFundInput),
  nodeEditingResolver('Purchaser', models.Purchaser, inputs.CreatePurchaserInput, inputs.UpdatePurchaserInput),
  nodeEditingResolver('Municipality', models.Municipality, inputs.CreateMunicipalityInput, inputs.UpdateMunicipalityInput),
  nodeEditingResolver('Province', models.Province, inputs.CreateProvinceInput, inputs.UpdateProvinceInput),
  nodeEditingResolver('Network', models.Network, inputs.CreateNetworkInput, inputs.UpdateNetworkInput),
  nodeEditingResolver(
    'KnowledgeInstitution',
    models.KnowledgeInstitution,
    inputs.CreateKnowledgeInstitutionInput,
    inputs.UpdateKnowledgeInstitutionInput,
  ),
  nodeEditingResolver('SupportProgramme', models.SupportProgramme, inputs.CreateSupportProgrammeInput, inputs.UpdateSupportProgrammeInput),
  nodeEditingResolver('Person', models.Person, inputs.CreatePersonInput, inputs.UpdatePersonInput),
  nodeEditingResolver('Event', models.Event, inputs.CreateEventInput, inputs.UpdateEventInput),
  NodeDeletingResolver,
];
