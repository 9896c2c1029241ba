import type { MatchContext, Theme } from '@koppel/domain';

/** Themes only: the Jaccard similarity of subject's and candidate's themes (0 when both have none). */
export function themeJaccardScores(context: MatchContext): Map<string, number> {
  const subjectThemes = new Set<Theme>(context.subject.themes);
  return new Map(context.candidates.map((candidate) => [candidate.node.id, jaccard(subjectThemes, new Set(candidate.node.themes))]));
}

function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}
