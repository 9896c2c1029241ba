import {
  hasRole,
  Introduction,
  maySeeContactData,
  partiesOfViewer,
  relationshipScopeFor,
  RelationshipViewScope,
  Viewer,
} from '@koppel/domain';
import { MAX_PAGE_SIZE, type GraphStore } from '@koppel/graph-store';

/** An anonymous read (where sign-in is not enforced) sees PUBLIC relationships only. */
const ANONYMOUS_SCOPE: RelationshipViewScope = { visibilities: ['PUBLIC'], visibleWhenTouching: [] };

/**
 * Applies the access rules of libs/domain to what the store holds. What a rule needs from the
 * store (the viewer's accepted introductions, a person's employers) is read once per request
 * and kept with it, so a list of fifty people costs one read of the viewer's introductions.
 */
export class ViewerAccessRules {
  private readonly introductionsByRequest = new WeakMap<object, Promise<Introduction[]>>();

  constructor(private readonly store: GraphStore) {}

  relationshipScope(viewer: Viewer | undefined): RelationshipViewScope {
    return viewer ? relationshipScopeFor(viewer) : ANONYMOUS_SCOPE;
  }

  async maySeeContactData(viewer: Viewer | undefined, personId: string, request: object): Promise<boolean> {
    if (!viewer) return false;
    if (hasRole(viewer, 'COORDINATOR') || viewer.personId === personId) return true;
    const introductions = await this.acceptedIntroductionsOf(viewer, request);
    if (introductions.length === 0) return false;
    return maySeeContactData(viewer, { id: personId, employerIds: await this.employersOf(personId) }, introductions);
  }

  /** The introductions the viewer is a party to that released contacts (INTRODUCED). */
  acceptedIntroductionsOf(viewer: Viewer, request: object): Promise<Introduction[]> {
    let pending = this.introductionsByRequest.get(request);
    if (!pending) {
      pending = Promise.all(
        partiesOfViewer(viewer).map((party) =>
          this.store.findIntroductions({ involving: party, statuses: ['INTRODUCED'] }, { first: MAX_PAGE_SIZE }).then((page) => page.items),
        ),
      ).then((pages) => pages.flat());
      this.introductionsByRequest.set(request, pending);
    }
    return pending;
  }

  /** The organisations a person WORKS_FOR. */
  async employersOf(personId: string): Promise<string[]> {
    const page = await this.store.findRelationships({ nodeIds: [personId], types: ['WORKS_FOR'] }, { first: MAX_PAGE_SIZE });
    return page.items.filter((rel) => rel.from === personId).map((rel) => rel.to);
  }
}
