import type Database from 'better-sqlite3';
import {
  AuditEntry,
  ConflictError,
  ErasureResult,
  Introduction,
  NotFoundError,
  personMentions,
  redactMentions,
  redactMentionsIn,
  redactStepActors,
  ValidationError,
} from '@koppel/domain';
import type { AuditEntryFilter, Page, PageRequest } from '../graph-store.port';
import { auditEntrySortKey, decodeCursor, toPage } from '../page-cursor';
import { checkPageRequest } from '../request-limits';
import type { EmbeddedGraphGeneration } from './embedded-graph-generation';

interface IntroductionRow {
  id: string;
  data: string;
  version: number;
}

interface AuditRow {
  id: string;
  at: string;
  action: AuditEntry['action'];
  actor_account_id: string;
  subject: string;
  reason: string;
}

const toAuditEntry = (row: AuditRow): AuditEntry => ({
  id: row.id,
  at: row.at,
  action: row.action,
  actorAccountId: row.actor_account_id,
  subject: row.subject,
  reason: row.reason,
});

/**
 * Erasure and the audit trail in the embedded store (tables of migration 4 in embedded-schema.ts).
 * Forgetting a person is one immediate transaction: the node's delete trigger takes its
 * introductions and impressions along, and the steps it took elsewhere are redacted here.
 */
export class EmbeddedPrivacy {
  constructor(
    private readonly db: Database.Database,
    private readonly generation: EmbeddedGraphGeneration,
  ) {}

  forgetPerson(personId: string, audit: AuditEntry): ErasureResult {
    return this.db
      .transaction((): ErasureResult => {
        const node = this.db.prepare('SELECT nid, kind, data FROM nodes WHERE id = ?').get(personId) as
          | { nid: number; kind: string; data: string }
          | undefined;
        if (!node) throw new NotFoundError('Person', personId);
        if (node.kind !== 'Person') {
          throw new ValidationError([{ field: 'personId', reason: `must be a person; '${personId}' is a ${node.kind}` }]);
        }
        const { nid } = node;
        const mentions = personMentions(JSON.parse(node.data) as Parameters<typeof personMentions>[0]);
        const relationshipsRemoved = this.count('SELECT count(*) FROM relationships WHERE from_nid = ? OR to_nid = ?', nid, nid);
        const introductionsRemoved = this.count('SELECT count(*) FROM introductions WHERE requester_nid = ? OR target_nid = ?', nid, nid);
        const introducedBy = this.db
          .prepare('SELECT id FROM introductions WHERE introducer_nid = ? AND requester_nid <> ? AND target_nid <> ?')
          .pluck()
          .all(nid, nid, nid) as string[];

        this.db.prepare('DELETE FROM relationships WHERE from_nid = ?').run(nid);
        this.db.prepare('DELETE FROM relationships WHERE to_nid = ?').run(nid);
        this.db.prepare('DELETE FROM node_tags WHERE nid = ?').run(nid);
        // The delete trigger (migration 3) removes the person's introductions and impressions
        // and takes them out as introducer.
        this.db.prepare('DELETE FROM nodes WHERE nid = ?').run(nid);

        const redacted = new Set(introducedBy);
        const mentioning = this.db
          .prepare(
            `SELECT id, data, version FROM introductions
             WHERE EXISTS (SELECT 1 FROM json_each(data, '$.steps') AS step WHERE json_extract(step.value, '$.actorId') = ?)`,
          )
          .all(personId) as IntroductionRow[];
        const update = this.db.prepare('UPDATE introductions SET version = version + 1, data = ? WHERE id = ?');
        for (const row of mentioning) {
          const introduction = redactStepActors(JSON.parse(row.data) as Omit<Introduction, 'version'>, personId);
          if (!introduction) continue;
          update.run(JSON.stringify(introduction), row.id);
          redacted.add(row.id);
        }
        const accountsRemoved = this.db.prepare('DELETE FROM accounts WHERE person_id = ?').run(personId).changes;
        const mentionsRedacted = this.redactMentions(mentions);
        this.insertAudit({ ...audit, reason: redactMentions(audit.reason, mentions) });
        return { relationshipsRemoved, introductionsRemoved, introductionsRedacted: redacted.size, accountsRemoved, mentionsRedacted };
      })
      .immediate();
  }

  /**
   * Takes the mentions out of every text left in the file, a table at a time; the count of rows
   * changed. Every row is read: erasure is rare, and a name can hide behind any accent or case.
   */
  private redactMentions(mentions: readonly string[]): number {
    if (mentions.length === 0) return 0;
    let changed = 0;
    const redactJson = (table: string, keyColumns: string[], alsoSet = '') => {
      const rows = this.db.prepare(`SELECT data, ${keyColumns.join(', ')} FROM ${table} WHERE data <> '{}'`).raw().all() as unknown[][];
      const where = keyColumns.map((column) => `${column} = ?`).join(' AND ');
      const update = this.db.prepare(`UPDATE ${table} SET data = ?${alsoSet} WHERE ${where}`);
      for (const [data, ...key] of rows) {
        const redacted = redactMentionsIn(JSON.parse(data as string) as unknown, mentions);
        if (!redacted) continue;
        update.run(JSON.stringify(redacted), ...key);
        changed++;
      }
    };
    redactJson('nodes', ['nid']);
    redactJson('relationships', ['from_nid', 'type', 'to_nid', 'key']);
    redactJson('introductions', ['id'], ', version = version + 1');
    const redactColumns = (table: string, key: string, columns: string[]) => {
      const rows = this.db.prepare(`SELECT ${key}, ${columns.join(', ')} FROM ${table}`).raw().all() as (string | null)[][];
      const update = this.db.prepare(`UPDATE ${table} SET ${columns.map((column) => `${column} = ?`).join(', ')} WHERE ${key} = ?`);
      for (const [id, ...texts] of rows) {
        const redacted = texts.map((text) => (text === null ? null : redactMentions(text, mentions)));
        if (redacted.every((text, index) => text === texts[index])) continue;
        update.run(...redacted, id);
        changed++;
      }
    };
    // Provenance: `added_by` is whatever a command-line import was told (`--as "Anna (Impact Noord)"`).
    redactColumns('writes', 'write_id', ['added_by', 'reference']);
    redactColumns('audit_entries', 'id', ['reason']);
    return changed;
  }

  appendAuditEntry(entry: AuditEntry): void {
    // Not a change of the graph: the match-context caches stay valid.
    this.generation.outsideGraph(() => this.db.transaction(() => this.insertAudit(entry)).immediate());
  }

  findAuditEntries(filter: AuditEntryFilter, page: PageRequest): Page<AuditEntry> {
    checkPageRequest(page);
    const after = decodeCursor(page.after, 2);
    const clauses = ['1 = 1'];
    const params: unknown[] = [];
    if (filter.subject !== undefined) {
      clauses.push('subject = ?');
      params.push(filter.subject);
    }
    if (filter.actorAccountId !== undefined) {
      clauses.push('actor_account_id = ?');
      params.push(filter.actorAccountId);
    }
    const where = clauses.join(' AND ');
    const rows = this.db
      .prepare(`SELECT * FROM audit_entries WHERE ${where}${after ? ' AND (at, id) > (?, ?)' : ''} ORDER BY at, id LIMIT ?`)
      .all(...params, ...(after ?? []), page.first + 1) as AuditRow[];
    const total = this.count(`SELECT count(*) FROM audit_entries WHERE ${where}`, ...params);
    return toPage(rows.map(toAuditEntry), page.first, total, auditEntrySortKey);
  }

  /** Inside a transaction the caller holds (an upsert that carries its audit entry). */
  insertAudit(entry: AuditEntry): void {
    if (this.db.prepare('SELECT 1 FROM audit_entries WHERE id = ?').get(entry.id)) {
      throw new ConflictError(`audit entry '${entry.id}' exists`);
    }
    this.db
      .prepare('INSERT INTO audit_entries (id, at, action, actor_account_id, subject, reason) VALUES (?, ?, ?, ?, ?, ?)')
      .run(entry.id, entry.at, entry.action, entry.actorAccountId, entry.subject, entry.reason);
  }

  private count(sql: string, ...params: unknown[]): number {
    return this.db.prepare(sql).pluck().get(...params) as number;
  }
}
