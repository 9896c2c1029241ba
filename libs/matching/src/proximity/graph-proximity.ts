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
  /** Who to ask: the common neighbour whose weaker tie is strongest. */
  warmWayIn(): WarmWayIn | null;
}

/**
 * Resource Allocation over trust relationships, each tie weighted by its faded strength: a
 * friend of few who knows both well is worth more than a hub that knows everyone a little.
 */
export function graphProximity(
  candidate: MatchCandidate,
  intermediaries: Readonly<Record<string, NodeSummary>>,
  now: Date,
  scale: number,
): Proximity {
  const neighbours = candidate.commonNeighbours;
  if (neighbours.length === 0) return { value: 0, resourceAllocation: 0, feature: null, warmWayIn: () => null };
  let resourceAllocation = 0;
  const strengths = new Array<number>(neighbours.length);
  for (let i = 0; i < neighbours.length; i++) {
    const neighbour = neighbours[i];
    const toSubject = tieWeight(neighbour.subjectTie, now);
    const toCandidate = tieWeight(neighbour.candidateTie, now);
    resourceAllocation += (toSubject * toCandidate) / Math.max(1, neighbour.degree);
    strengths[i] = Math.min(toSubject, toCandidate);
  }
  const value = 1 - Math.exp(-resourceAllocation / scale);
  const summary = (id: string): NodeSummary => intermediaries[id] ?? { id, kind: 'Person', name: id };
  const ranked = () =>
    neighbours
      .map((neighbour, i) => ({ via: summary(neighbour.id), strength: strengths[i] }))
      .sort((a, b) => b.strength - a.strength || a.via.id.localeCompare(b.via.id));
  return {
    value,
    resourceAllocation,
    feature: {
      kind: 'WARM_PATH',
      value,
      explain() {
        const bridges = ranked();
        const named = bridges.slice(0, 3).map((bridge) => bridge.via);
        const names = named.map((node) => node.name);
        const more = bridges.length - named.length;
        return {
          evidence: { intermediaries: named, count: bridges.length },
          sentence: sentence(
            `Jullie kennen allebei ${listOf(names, 'en')}${more > 0 ? ` (en ${more} anderen)` : ''}.`,
            `You both know ${listOf(names, 'and')}${more > 0 ? ` (and ${more} others)` : ''}.`,
          ),
        };
      },
    },
    warmWayIn() {
      const best = ranked()[0];
      return {
        via: best.via,
        strength: Math.round(best.strength * 10_000) / 10_000,
        sentence: sentence(`Vraag ${best.via.name} om jullie voor te stellen.`, `Ask ${best.via.name} to introduce you.`),
      };
    },
  };
}
