/**
 * One ranking rule for every ranker: higher score first, ties broken by candidate id (ascending,
 * by UTF-16 code units, as `<` compares strings), so that no ranker gains or loses by the order
 * a store happened to list its candidates in.
 */
export function rankByScore(scores: ReadonlyMap<string, number>): string[] {
  for (const [id, score] of scores) {
    if (Number.isNaN(score)) throw new RangeError(`score of '${id}' is NaN; a ranker must give every candidate a number`);
  }
  return [...scores.entries()]
    .sort(([idA, a], [idB, b]) => (a === b ? (idA < idB ? -1 : idA > idB ? 1 : 0) : b - a))
    .map(([id]) => id);
}

/** The scores of `scoreCandidates` (or any `{ candidateId, score }` list) as a map for rankByScore. */
export function scoresById(scored: readonly { candidateId: string; score: number }[]): Map<string, number> {
  return new Map(scored.map((s) => [s.candidateId, s.score]));
}
