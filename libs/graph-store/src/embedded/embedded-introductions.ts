import type Database from 'better-sqlite3';
import {
  Introduction,
  NotFoundError,
  SuggestionImpression,
  TargetIntroductionRecord,
} from '@koppel/domain';
import type { IntroductionFilter, Page, PageRequest } from '../graph-store.port';
import { checkIntroductionParties, introductionNotFound, introductionTaken, staleIntroduction } from '../introduction-rules';
import { FRUITFUL_OUTCOMES } from '../match-context-assembly';
import { decodeCursor, introductionSortKey, toPage } from '../page-cursor';
import { checkPageRequest } from '../request-limits';
import type { EmbeddedGraphGeneration } from './embedded-graph-generation';

interface IntroductionRow {
  data: string;
  version: number;
}

const marks = (values: readonly unknown[]) => values.map(() => '?').join(',');
const FRUITFUL = FRUITFUL_OUTCOMES.map((kind) => `'${kind}'`).join(',');

/** The record as stored: everything but the version, which is a column of its own. */
function toData(introduction: Introduction): string {
  const { version: _version, ...record } = introduction;
  return JSON.stringify(record);
}

function toIntroduction(row: IntroductionRow): Introduction {
  return { ...(JSON.parse(row.data) as Omit<Introduction, 'version'>), version: row.version };
}


/**
 * Introductions and suggestion impressions in the embedded store: tables beside the graph,
 * joined to nodes by nid (see migration 3 in embedded-schema.ts). Every write runs in an
 * immediate transaction, so a check and the write it guards see the same data even with another
 * process writing the same file.
 */
export class EmbeddedIntroductions {
  private readonly nidOf: Database.Statement;
  private readonly byId: Database.Statement;
  private readonly insert: Database.Statement;
  private readonly update: Database.Statement;
  private readonly ofNode: Database.Statement;
  private readonly impressionsOf: Database.Statement;
  private readonly addImpression: Database.Statement;
  private readonly recordsOf: Database.Statement;
  private readonly impressionStampOf: Database.Statement;
  /**
   * Introduction writes through this connection (tried, whether or not they committed). Another
   * connection's writes change PRAGMA data_version, which the graph generation already carries.
   */
  private introductionWrites = 0;

  constructor(
    private readonly db: Database.Database,
    private readonly generation: EmbeddedGraphGeneration,
  ) {
    this.nidOf = db.prepare('SELECT nid FROM nodes WHERE id = ?').pluck();
    this.byId = db.prepare('SELECT data, version FROM introductions WHERE id = ?');
    this.insert = db.prepare(
      `INSERT INTO introductions (id, requester_nid, target_nid, introducer_nid, status, outcome_kind, requested_at, version, data)
       VALUES (@id, @requester, @target, @introducer, @status, @outcome, @requestedAt, 1, @data)`,
    );
    this.update = db.prepare(
      `UPDATE introductions SET status = @status, outcome_kind = @outcome, requested_at = @requestedAt,
         version = version + 1, data = @data
       WHERE id = @id AND version = @version`,
    );
    this.ofNode = db.prepare(
      `SELECT data, version FROM introductions WHERE requester_nid = @nid
       UNION ALL SELECT data, version FROM introductions WHERE target_nid = @nid AND requester_nid <> @nid`,
    );
    this.impressionsOf = db.prepare(
      `SELECT t.id AS targetId, i.times_shown AS timesShown, i.last_shown_at AS lastShownAt
       FROM suggestion_impressions i JOIN nodes t ON t.nid = i.target_nid WHERE i.subject_nid = ?`,
    );
    this.addImpression = db.prepare(
      `INSERT INTO suggestion_impressions (subject_nid, target_nid, times_shown, last_shown_at) VALUES (?, ?, 1, ?)
       ON CONFLICT DO UPDATE SET times_shown = times_shown + 1, last_shown_at = max(last_shown_at, excluded.last_shown_at)`,
    );
    this.recordsOf = db.prepare(
      `SELECT target_nid AS nid, count(*) AS requested, count(CASE WHEN status = 'INTRODUCED' THEN 1 END) AS accepted,
         count(CASE WHEN status = 'DECLINED' THEN 1 END) AS declined,
         count(CASE WHEN outcome_kind IN (${FRUITFUL}) THEN 1 END) AS fruitful
       FROM introductions WHERE target_nid IN (SELECT value FROM json_each(?)) GROUP BY target_nid`,
    );
    // One seek on the primary key (subject_nid, target_nid): the count, total showings and latest time of the subject's impressions.
    this.impressionStampOf = db.prepare(
      `SELECT count(*) AS targets, coalesce(sum(times_shown), 0) AS shown, coalesce(max(last_shown_at), '') AS last
       FROM suggestion_impressions WHERE subject_nid = (SELECT nid FROM nodes WHERE id = ?)`,
    );
  }

  private nid(id: string): number | undefined {
    return this.nidOf.get(id) as number | undefined;
  }

  private requireNid(id: string): number {
    const nid = this.nid(id);
    if (nid === undefined) throw new NotFoundError('Node', id);
    return nid;
  }

  private write<T>(work: () => T): T {
    return this.generation.outsideGraph(() => this.db.transaction(work).immediate());
  }

  /** Counts the write before it runs: a token read after it always differs, committed or not. */
  private writeIntroduction<T>(work: () => T): T {
    this.introductionWrites += 1;
    return this.write(work);
  }

  create(introduction: Introduction): Introduction {
    return this.writeIntroduction(() => {
      const requester = this.requireNid(introduction.requesterId);
      const target = this.requireNid(introduction.targetId);
      const introducer = introduction.introducerId === undefined ? null : this.requireNid(introduction.introducerId);
      if (this.byId.get(introduction.id)) throw introductionTaken(introduction.id);
      const stored = { ...introduction, version: 1 };
      this.insert.run({
        id: introduction.id,
        requester,
        target,
        introducer,
        status: introduction.status,
        outcome: introduction.outcome?.kind ?? null,
        requestedAt: introduction.requestedAt,
        data: toData(stored),
      });
      return stored;
    });
  }

  save(introduction: Introduction): Introduction {
    return this.writeIntroduction(() => {
      const row = this.byId.get(introduction.id) as IntroductionRow | undefined;
      if (!row) throw introductionNotFound(introduction.id);
      const stored = toIntroduction(row);
      if (stored.version !== introduction.version) throw staleIntroduction(introduction, stored.version);
      checkIntroductionParties(stored, introduction);
      const next = { ...introduction, version: stored.version + 1 };
      const { changes } = this.update.run({
        id: introduction.id,
        version: introduction.version,
        status: introduction.status,
        outcome: introduction.outcome?.kind ?? null,
        requestedAt: introduction.requestedAt,
        data: toData(next),
      });
      if (changes !== 1) throw staleIntroduction(introduction, null);
      return next;
    });
  }

  get(id: string): Introduction | null {
    const row = this.byId.get(id) as IntroductionRow | undefined;
    return row ? toIntroduction(row) : null;
  }

  find(filter: IntroductionFilter, page: PageRequest): Page<Introduction> {
    checkPageRequest(page);
    const after = decodeCursor(page.after, 2);
    const clauses = ['1 = 1'];
    const params: unknown[] = [];
    for (const [column, id] of [
      ['requester_nid', filter.requesterId],
      ['target_nid', filter.targetId],
    ] as const) {
      if (id === undefined) continue;
      const nid = this.nid(id);
      if (nid === undefined) return toPage<Introduction>([], page.first, 0, introductionSortKey);
      clauses.push(`${column} = ?`);
      params.push(nid);
    }
    if (filter.involving !== undefined) {
      const nid = this.nid(filter.involving);
      if (nid === undefined) return toPage<Introduction>([], page.first, 0, introductionSortKey);
      clauses.push('(requester_nid = ? OR target_nid = ?)');
      params.push(nid, nid);
    }
    if (filter.actedInBy !== undefined) {
      const nid = this.nid(filter.actedInBy);
      if (nid === undefined) return toPage<Introduction>([], page.first, 0, introductionSortKey);
      clauses.push(
        `(requester_nid = ? OR target_nid = ? OR introducer_nid = ?
          OR EXISTS (SELECT 1 FROM json_each(data, '$.steps') AS step WHERE json_extract(step.value, '$.actorId') = ?))`,
      );
      params.push(nid, nid, nid, filter.actedInBy);
    }
    if (filter.statuses && filter.statuses.length > 0) {
      clauses.push(`status IN (${marks(filter.statuses)})`);
      params.push(...filter.statuses);
    }
    const where = clauses.join(' AND ');
    const rows = this.db
      .prepare(
        `SELECT data, version FROM introductions WHERE ${where}${after ? ' AND (requested_at, id) > (?, ?)' : ''}
         ORDER BY requested_at, id LIMIT ?`,
      )
      .all(...params, ...(after ?? []), page.first + 1) as IntroductionRow[];
    const total = this.db.prepare(`SELECT count(*) FROM introductions WHERE ${where}`).pluck().get(...params) as number;
    return toPage(rows.map(toIntroduction), page.first, total, introductionSortKey);
  }

  recordImpressions(subjectId: string, targetIds: readonly string[], at: Date): void {
    const lastShownAt = at.toISOString();
    this.write(() => {
      const subject = this.requireNid(subjectId);
      const targets = [...new Set(targetIds)].map((id) => this.requireNid(id));
      for (const target of targets) this.addImpression.run(subject, target, lastShownAt);
    });
  }

  /** Changes with every introduction write through this connection (see introductionWrites). */
  get writesSoFar(): number {
    return this.introductionWrites;
  }

  /** Changes with every recordImpressions of the subject, whichever connection wrote it. */
  impressionStamp(subjectId: string): string {
    const { targets, shown, last } = this.impressionStampOf.get(subjectId) as { targets: number; shown: number; last: string };
    return `${targets}.${shown}.${last}`;
  }

  /** Every introduction the node requested or received. */
  involving(nid: number): Introduction[] {
    return (this.ofNode.all({ nid }) as IntroductionRow[]).map(toIntroduction);
  }

  impressions(subjectNid: number): SuggestionImpression[] {
    return this.impressionsOf.all(subjectNid) as SuggestionImpression[];
  }

  /** The introduction record of each of these nodes that has been the target of any. */
  records(targets: ReadonlyMap<number, string>): Map<string, TargetIntroductionRecord> {
    const rows = this.recordsOf.all(JSON.stringify([...targets.keys()])) as ({ nid: number } & TargetIntroductionRecord)[];
    return new Map(rows.map(({ nid, ...record }) => [targets.get(nid) as string, record]));
  }
}
