import type { MatchContext } from '@koppel/domain';

/** Popularity: the candidate's number of trust relationships. The rich get richer. */
export function popularityScores(context: MatchContext): Map<string, number> {
  return new Map(context.candidates.map((candidate) => [candidate.node.id, candidate.degree]));
}

/** Common neighbours: how many the subject and the candidate both have a trust relationship with. */
export function commonNeighbourScores(context: MatchContext): Map<string, number> {
  return new Map(context.candidates.map((candidate) => [candidate.node.id, candidate.commonNeighbours.length]));
}

/**
 * Adamic-Adar: common neighbours weighted by 1 / ln(their degree), so a shared small circle
 * counts more than a shared hub. A neighbour of degree 1 or less (ln ≤ 0) is skipped.
 */
export function adamicAdarScores(context: MatchContext): Map<string, number> {
  return new Map(
    context.candidates.map((candidate) => [
      candidate.node.id,
      candidate.commonNeighbours.reduce((sum, neighbour) => (neighbour.degree > 1 ? sum + 1 / Math.log(neighbour.degree) : sum), 0),
    ]),
  );
}
