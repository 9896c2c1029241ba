import { maySeeIntroductionContacts, type Introduction, type Viewer } from '@koppel/domain';
import { MAX_PAGE_SIZE, type GraphStore } from '@koppel/graph-store';

export interface IntroductionContactPerson {
  sideId: string;
  personId: string;
  name: string;
  role?: string;
  email?: string;
  phone?: string;
}

/**
 * The contact people of both sides of an introduction (a side that is a person, and the people
 * who WORK_FOR a side), or null when the viewer may not see them (contact-visibility.ts).
 */
export async function introductionContacts(
  store: GraphStore,
  viewer: Viewer | undefined,
  introduction: Introduction,
): Promise<IntroductionContactPerson[] | null> {
  if (!viewer || !maySeeIntroductionContacts(viewer, introduction)) return null;
  const sides = [introduction.requesterId, introduction.targetId];
  const works = await store.findRelationships({ nodeIds: sides, types: ['WORKS_FOR'] }, { first: MAX_PAGE_SIZE });
  const sideOf = new Map<string, string>(sides.map((side) => [side, side]));
  for (const rel of works.items) if (sides.includes(rel.to) && !sideOf.has(rel.from)) sideOf.set(rel.from, rel.to);
  const people = await store.getNodes([...sideOf.keys()]);
  return people.flatMap((person) =>
    person.kind === 'Person'
      ? [{ sideId: sideOf.get(person.id) as string, personId: person.id, name: person.name, role: person.role, email: person.email, phone: person.phone }]
      : [],
  );
}
