import { hasRole, type Viewer } from './account';
import type { Introduction } from './introduction';

/**
 * Who may see a person's contact data (e-mail, phone). Personal data, so the rule is narrow:
 *
 * - coordinators (and admins), who make introductions and keep the network;
 * - the person themself;
 * - both parties of an introduction the target accepted (status INTRODUCED, with or without an
 *   outcome), when the person is one of its sides or works for one: releasing each side's
 *   contact people to the other is what "introduced" means (see introduction.ts).
 *
 * Anyone else sees no contact data. The API masks it (null) rather than failing the request, so a
 * list of people stays readable; see Person.email in the API.
 */
export interface ContactHolder {
  readonly id: string;
  /** The organisations the person WORKS_FOR. */
  readonly employerIds: readonly string[];
}

export type IntroductionParties = Pick<Introduction, 'requesterId' | 'targetId' | 'status'>;

/** The node ids a viewer acts as in an introduction: its organisation and, when known, its person. */
export function partiesOfViewer(viewer: Viewer): string[] {
  return viewer.personId ? [viewer.organisationId, viewer.personId] : [viewer.organisationId];
}

/** True when the target accepted and contact people are released to both sides. */
export function releasesContacts(introduction: Pick<Introduction, 'status'>): boolean {
  return introduction.status === 'INTRODUCED';
}

/** True when the viewer is the requester or the target of the introduction. */
export function isPartyTo(viewer: Viewer, introduction: Pick<Introduction, 'requesterId' | 'targetId'>): boolean {
  const own = partiesOfViewer(viewer);
  return own.includes(introduction.requesterId) || own.includes(introduction.targetId);
}

/**
 * May the viewer see this person's contact data? `viewersIntroductions` are the introductions the
 * viewer is a party to (others are ignored, so passing more is safe).
 */
export function maySeeContactData(
  viewer: Viewer,
  person: ContactHolder,
  viewersIntroductions: readonly IntroductionParties[],
): boolean {
  if (hasRole(viewer, 'COORDINATOR')) return true;
  if (viewer.personId !== undefined && viewer.personId === person.id) return true;
  const sides = new Set([person.id, ...person.employerIds]);
  return viewersIntroductions.some(
    (introduction) =>
      releasesContacts(introduction) &&
      isPartyTo(viewer, introduction) &&
      (sides.has(introduction.requesterId) || sides.has(introduction.targetId)),
  );
}

/** May the viewer see the contact people of both sides of this introduction? */
export function maySeeIntroductionContacts(viewer: Viewer, introduction: IntroductionParties): boolean {
  if (hasRole(viewer, 'COORDINATOR')) return true;
  return releasesContacts(introduction) && isPartyTo(viewer, introduction);
}
