import type { NodeSummary, StakeholderNode } from '@koppel/domain';
import { sentence } from '../explanation/sentence';
import { intersection, reachOf } from '../profile-facts';
import type { Sentence } from '../suggestion';
import type { PathGraph } from './introduction-paths';

export interface Bridge {
  node: NodeSummary;
  sentence: Sentence;
}

const MAX_BRIDGES = 3;

/**
 * Where a missing path could be made: a network the target belongs to that works in the
 * subject's region (joining it makes the members reachable), or an event the target goes to
 * that is still ahead. Ranked by shared themes with the subject.
 */
export function bridgesTo(subject: StakeholderNode, target: StakeholderNode, graph: PathGraph, now: Date): Bridge[] {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const today = now.toISOString().slice(0, 10);
  const options: { node: StakeholderNode; rank: number; sentence: Sentence }[] = [];
  for (const rel of graph.relationships) {
    if (rel.from !== target.id) continue;
    const place = byId.get(rel.to);
    if (!place) continue;
    const themes = intersection(subject.themes, place.themes).length;
    if (rel.type === 'MEMBER_OF' && place.kind === 'Network') {
      const reaches = subject.province === undefined || reachOf(place).includes(subject.province);
      if (!reaches) continue;
      options.push({
        node: place,
        rank: 1 + themes,
        sentence: sentence(
          `Word lid van ${place.name}: ${target.name} is daar ook lid.`,
          `Join ${place.name}: ${target.name} is a member too.`,
        ),
      });
    }
    if ((rel.type === 'ATTENDED' || rel.type === 'ORGANISED') && place.kind === 'Event' && place.date >= today) {
      options.push({
        node: place,
        rank: 2 + themes,
        sentence: sentence(
          `Ga naar ${place.name} op ${place.date}: ${target.name} is er ook.`,
          `Go to ${place.name} on ${place.date}: ${target.name} will be there.`,
        ),
      });
    }
  }
  return options
    .sort((a, b) => b.rank - a.rank || a.node.id.localeCompare(b.node.id))
    .slice(0, MAX_BRIDGES)
    .map((option) => ({ node: { id: option.node.id, kind: option.node.kind, name: option.node.name }, sentence: option.sentence }));
}
