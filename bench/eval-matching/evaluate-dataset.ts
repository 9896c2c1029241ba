/**
 * One dataset through the time-based hold-out: split at the cutoff, load the training graph into a
 * fresh in-memory embedded store, ask the store for each query's match context, and rank the
 * same candidate pool with Koppel and the five baselines.
 */
import { GraphBatchInput, Introduction, MatchContext, validateGraphBatch, VISIBILITIES } from '@koppel/domain';
import { EmbeddedGraphStore } from '@koppel/graph-store';
import {
  adamicAdarScores,
  candidatePool,
  commonNeighbourScores,
  DatedGraph,
  EVALUATION_TASKS,
  evaluateCandidate,
  EvaluationTask,
  holdoutQueries,
  LastActiveRule,
  LeftOutPairs,
  popularityScores,
  randomScores,
  rankByScore,
  RankedQuery,
  scoreCandidates,
  scoreOptionsOf,
  scoresById,
  TASK_CANDIDATE_KINDS,
  themeJaccardScores,
  trainingGraph,
} from '@koppel/matching';

export const RANDOM_SEED = 7;

export interface Ranker {
  name: string;
  /**
   * Scores every candidate of the pool. Koppel also answers, for a candidate it ruled
   * ineligible, which hard rules it failed (undefined for an eligible one).
   */
  score: (context: MatchContext, cutoff: Date) => { scores: Map<string, number>; failedRules?: (candidateId: string) => string[] | undefined };
}

const baseline = (name: string, score: (context: MatchContext) => Map<string, number>): Ranker => ({ name, score: (context) => ({ scores: score(context) }) });

/** Every ranker scores the same pool; rankByScore breaks ties by id for all alike. Koppel scores as of the cutoff. */
export const RANKERS: readonly Ranker[] = [
  {
    name: 'Koppel',
    score: (context, cutoff) => {
      const scored = scoreCandidates(context, { now: cutoff });
      const ineligible = new Map(scored.filter((s) => !s.eligible).map((s) => [s.candidateId, s.candidate]));
      const failedRules = (candidateId: string) => {
        const candidate = ineligible.get(candidateId);
        if (!candidate) return undefined;
        // Only the numbers are kept when scoring; the evaluation says which rules failed.
        return evaluateCandidate(context, candidate, scoreOptionsOf({ now: cutoff }))
          .rules.filter((rule) => !rule.passed)
          .map((rule) => rule.rule);
      };
      return { scores: scoresById(scored), failedRules };
    },
  },
  baseline('random', (context) => randomScores(context, RANDOM_SEED)),
  baseline('popularity', popularityScores),
  baseline('common neighbours', commonNeighbourScores),
  baseline('Adamic-Adar', adamicAdarScores),
  baseline('themes (Jaccard)', themeJaccardScores),
];
/** The ranker the baselines are measured against. */
export const KOPPEL = 'Koppel';

export interface Dataset {
  name: string;
  /** Raw items as a store takes them (validated here, then split). */
  batch: { nodes: readonly unknown[]; relationships: readonly unknown[] };
  introductions: readonly Introduction[];
}

export interface TaskRun {
  /** Per ranker name, one ranked query per subject with a positive in its pool. */
  ranked: Map<string, RankedQuery[]>;
  /** Subject ids, in the order of the ranked queries. */
  subjects: string[];
  leftOut: LeftOutPairs;
  /** Positives not among the pooled candidates (opted out, or cut by maxCandidates). */
  outsidePool: number;
  /** Mean number of candidates ranked per query. */
  meanPool: number;
  /** Positives Koppel's hard rules made ineligible (score 0). */
  koppelIneligiblePositives: number;
  /** Of those, how often each rule failed. */
  failedRulesOfPositives: Map<string, number>;
}

export interface DatasetRun {
  name: string;
  lastActive: LastActiveRule;
  full: { nodes: number; relationships: number; introductions: number };
  train: { nodes: number; relationships: number; introductions: number; introductionsStored: number | null };
  tasks: Record<EvaluationTask, TaskRun>;
  seconds: number;
}

export async function evaluateDataset(dataset: Dataset, cutoff: Date, lastActive: LastActiveRule): Promise<DatasetRun> {
  const started = performance.now();
  const valid = validateGraphBatch(dataset.batch);
  const full: DatedGraph = { ...valid, introductions: dataset.introductions };
  const { train } = trainingGraph(full, { cutoff, lastActive });

  // The store gets the raw items the split kept (validated items carry derived fields).
  const keptNodes = new Set(train.nodes);
  const keptRelationships = new Set(train.relationships);
  const trainBatch: GraphBatchInput = {
    nodes: dataset.batch.nodes.filter((_, i) => keptNodes.has(valid.nodes[i])),
    relationships: dataset.batch.relationships.filter((_, i) => keptRelationships.has(valid.relationships[i])),
  };

  const store = new EmbeddedGraphStore({ dataDir: ':memory:' });
  try {
    await store.upsert(trainBatch, { origin: 'SEED', actor: 'eval' });
    let introductionsStored: number | null = null;
    if (typeof store.createIntroduction === 'function') {
      for (const introduction of train.introductions) await store.createIntroduction(introduction);
      introductionsStored = train.introductions.length;
    }

    const { queries, leftOut } = holdoutQueries(full, train, cutoff);
    const tasks = {} as Record<EvaluationTask, TaskRun>;
    for (const task of EVALUATION_TASKS) {
      const run: TaskRun = {
        ranked: new Map(RANKERS.map((r) => [r.name, []])),
        subjects: [],
        leftOut: leftOut[task],
        outsidePool: 0,
        meanPool: 0,
        koppelIneligiblePositives: 0,
        failedRulesOfPositives: new Map(),
      };
      let pooled = 0;
      for (const query of queries.filter((q) => q.task === task)) {
        const context = await store.matchContext({
          subjectId: query.subjectId,
          candidateKinds: TASK_CANDIDATE_KINDS[task],
          visibilities: VISIBILITIES,
        });
        const pool = candidatePool(context);
        const inPool = new Set(pool.candidates.map((c) => c.node.id));
        const positives = new Set(query.positives.filter((id) => inPool.has(id)));
        run.outsidePool += query.positives.length - positives.size;
        if (positives.size === 0) continue;
        run.subjects.push(query.subjectId);
        pooled += pool.candidates.length;
        for (const ranker of RANKERS) {
          const { scores, failedRules } = ranker.score(pool, cutoff);
          run.ranked.get(ranker.name)!.push({ ranked: rankByScore(scores), positives });
          for (const id of positives) {
            const failed = failedRules?.(id);
            if (!failed) continue;
            run.koppelIneligiblePositives++;
            for (const rule of failed) run.failedRulesOfPositives.set(rule, (run.failedRulesOfPositives.get(rule) ?? 0) + 1);
          }
        }
      }
      run.meanPool = run.subjects.length ? pooled / run.subjects.length : 0;
      tasks[task] = run;
    }
    return {
      name: dataset.name,
      lastActive,
      full: { nodes: valid.nodes.length, relationships: valid.relationships.length, introductions: dataset.introductions.length },
      train: {
        nodes: train.nodes.length,
        relationships: train.relationships.length,
        introductions: train.introductions.length,
        introductionsStored,
      },
      tasks,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await store.close();
  }
}
