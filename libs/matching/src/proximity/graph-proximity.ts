import type { MatchCandidate, NodeSummary } from '@koppel/domain';
import { listOf, sentence } from '../explanation/sentence';
import type { FitFeature } from '../fit/fit-feature';
import type { WarmWayIn } from '../suggestion';
import { tieWeight } from './tie-weight';

export interface Proximity {
  /** 1 - exp(-RA / scale): 0 with no common neighbours, towards 1 with many strong ones. */
  value: number;
  /** Weighted Resource Allocation: Σ over common neighbours w of t(s,w)·t(w,c) / degree(w). */
  resourceAllocation: number;
  feature: FitFeature | null;
  warmWayIn: WarmWayIn | null;
}

/**
 * Resource Allocation over trust relationships, each tie weighted by its faded strength: a
 * friend of few who knows both well is worth more than a hub that knows everyone a little.
 * The warm way in is the common neighbour whose weaker tie is strongest.
 */
export function graphProximity(
  candidate: MatchCandidate,
  intermediaries: Readonly<Record<string, NodeSummary>>,
  now: Date,
  scale: number,
): Proximity {
  let resourceAllocation = 0;
  const bridges: { via: NodeSummary; strength: number }[] = [];
  for (const neighbour of candidate.commonNeighbours) {
    const toSubject = tieWeight(neighbour.subjectTie, now);
    const toCandidate = tieWeight(neighbour.candidateTie, now);
    resourceAllocation += (toSubject * toCandidate) / Math.max(1, neighbour.degree);
    const via = intermediaries[neighbour.id] ?? { id: neighbour.id, kind: 'Person', name: neighbour.id };
    bridges.push({ via, strength: Math.min(toSubject, toCandidate) });
  }
  bridges.sort((a, b) => b.strength - a.strength || a.via.id.localeCompare(b.via.id));
  const value = 1 - Math.exp(-resourceAllocation / scale);
  if (bridges.length === 0) return { value: 0, resourceAllocation: 0, feature: null, warmWayIn: null };
  const named = bridges.slice(0, 3).map((bridge) => bridge.via);
  const names = named.map((node) => node.name);
  const best = bridges[0];
  return {
    value,
    resourceAllocation,
    feature: {
      kind: 'WARM_PATH',
      value,
      evidence: { intermediaries: named, count: bridges.length },
      sentence: sentence(
        `Jullie kennen allebei ${listOf(names, 'en')}${bridges.length > 3 ? ` (en ${bridges.length - 3} anderen)` : ''}.`,
        `You both know ${listOf(names, 'and')}${bridges.length > 3 ? ` (and ${bridges.length - 3} others)` : ''}.`,
      ),
    },
    warmWayIn: {
      via: best.via,
      strength: best.strength,
      sentence: sentence(`Vraag ${best.via.name} om jullie voor te stellen.`, `Ask ${best.via.name} to introduce you.`),
    },
  };
}
