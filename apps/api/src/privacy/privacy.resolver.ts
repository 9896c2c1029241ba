import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ForbiddenError, hasRole, type AuditEntry as StoredAuditEntry, type ErasureResult as StoredErasureResult, type StakeholderNode, type Viewer } from '@koppel/domain';
import { auditEntrySortKey } from '@koppel/graph-store';
import { Inject } from '@nestjs/common';
import type { GraphStore } from '@koppel/graph-store';
import { Roles } from '../auth/access.decorators';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { Connection, toConnection } from '../graphql/connection';
import { Stakeholder } from '../stakeholders/models';
import { GRAPH_STORE } from '../store/graph-store.token';
import { ConsentService } from './consent.service';
import { AuditEntriesArgs, ForgetPersonArgs, SetVisibleForMatchmakingArgs } from './dto/privacy.args';
import { ErasureService } from './erasure.service';
import { AuditEntryConnection } from './models/audit-entry.model';
import { ErasureResult } from './models/erasure-result.model';
import { MyData } from './models/my-data.model';
import type { PersonalData } from './person-export';
import { PersonExportService } from './person-export.service';

/** Consent, erasure, the audit trail and a person's own export. */
@Resolver()
export class PrivacyResolver {
  constructor(
    private readonly consent: ConsentService,
    private readonly erasure: ErasureService,
    private readonly personExport: PersonExportService,
    @Inject(GRAPH_STORE) private readonly store: GraphStore,
  ) {}

  @Mutation(() => Stakeholder, {
    description:
      "Opts an organisation in or out of matchmaking, at once, with an audit entry. Its own accounts or a coordinator; FORBIDDEN otherwise.",
  })
  setVisibleForMatchmaking(@Args() { organisationId, visible }: SetVisibleForMatchmakingArgs, @CurrentViewer() viewer: Viewer): Promise<StakeholderNode> {
    return this.consent.setVisibleForMatchmaking(viewer, organisationId, visible);
  }

  @Mutation(() => ErasureResult, {
    description:
      'Forgets a person: their node, relationships, introductions and impressions go, other introductions are redacted, an audit entry (with a hash of the id) is kept. A coordinator, an admin or the person themself.',
  })
  forgetPerson(@Args() { personId, reason }: ForgetPersonArgs, @CurrentViewer() viewer: Viewer): Promise<StoredErasureResult> {
    return this.erasure.forgetPerson(viewer, personId, reason);
  }

  @Roles('ADMIN')
  @Query(() => AuditEntryConnection, { description: 'The audit trail of erasures and consent changes, oldest first. ADMIN only.' })
  async auditEntries(@Args() { subject, first, after }: AuditEntriesArgs, @CurrentViewer() viewer: Viewer): Promise<Connection<StoredAuditEntry>> {
    // Checked here as well as by the guard: the trail says who was erased and who opted out.
    if (!hasRole(viewer, 'ADMIN')) throw new ForbiddenError('only an admin may read the audit trail');
    return toConnection(await this.store.findAuditEntries({ subject }, { first, after }), auditEntrySortKey);
  }

  @Query(() => MyData, {
    description: 'Everything Koppel holds about the signed-in person: the person with contact data, relationships, introductions, the account, audit entries. FORBIDDEN for an account without a person.',
  })
  myData(@CurrentViewer() viewer: Viewer): Promise<PersonalData> {
    return this.personExport.export(viewer);
  }
}
