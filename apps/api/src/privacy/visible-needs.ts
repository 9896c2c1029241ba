import { maySeeNeeds, type StakeholderNode, type Viewer } from '@koppel/domain';

type StoredEntrepreneur = Extract<StakeholderNode, { kind: 'Entrepreneur' }>;

/** The needs as the viewer may see them, null when hidden (needs-visibility.ts); anonymous: shared ones only. */
export function visibleNeeds(viewer: Viewer | undefined, entrepreneur: StoredEntrepreneur): StoredEntrepreneur['needs'] | null {
  const visible = viewer ? maySeeNeeds(viewer, entrepreneur) : entrepreneur.needsShared === true;
  return visible ? entrepreneur.needs : null;
}
