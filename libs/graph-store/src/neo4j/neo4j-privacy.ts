import neo4j, { Driver } from 'neo4j-driver';
import {
  AuditEntry,
  ConflictError,
  ErasureResult,
  NotFoundError,
  personMentions,
  redactMentions,
  redactStepActors,
  ValidationError,
} from '@koppel/domain';
import type { AuditEntryFilter, Page, PageRequest } from '../graph-store.port';
import { auditEntrySortKey, decodeCursor, toPage } from '../page-cursor';
import { checkPageRequest } from '../request-limits';
import { actorStepText, inWriteTransaction } from './neo4j-introductions';
import { introductionToProperties, propertiesToIntroduction } from './neo4j-mapper';
import { redactMentionsInNeo4j } from './neo4j-mention-redaction';
import * as cypher from './neo4j-queries';

/**
 * Erasure and the audit trail in Neo4j. Forgetting a person is one executeWrite unit: a retry
 * after a transient failure runs all of it again on the rolled-back state, so it stays whole.
 */
export async function forgetPerson(driver: Driver, personId: string, audit: AuditEntry): Promise<ErasureResult> {
  return inWriteTransaction(driver, async (tx) => {
    const subject = (await tx.run(cypher.ERASURE_SUBJECT, { id: personId })).records[0];
    if (!subject) throw new NotFoundError('Person', personId);
    const kind = subject.get('kind') as string;
    if (kind !== 'Person') throw new ValidationError([{ field: 'personId', reason: `must be a person; '${personId}' is a ${kind}` }]);
    const mentions = personMentions(subject.get('person') as Parameters<typeof personMentions>[0]);
    const redacted = new Set(subject.get('introducedBy') as string[]);

    // Takes the person's introductions and impressions along and removes them as introducer.
    await tx.run(cypher.DELETE_NODE, { id: personId });

    const mentioning = await tx.run(cypher.INTRODUCTIONS_WITH_ACTOR, { actorStep: actorStepText(personId) });
    for (const record of mentioning.records) {
      const stored = propertiesToIntroduction(record.get('introduction') as Record<string, unknown>);
      const introduction = redactStepActors(stored, personId);
      if (!introduction) continue;
      await tx.run(cypher.SAVE_INTRODUCTION, {
        id: introduction.id,
        properties: introductionToProperties({ ...introduction, version: stored.version + 1 }),
      });
      redacted.add(introduction.id);
    }

    const accounts = await tx.run(cypher.DELETE_ACCOUNTS_OF_PERSON, { personId });
    const mentionsRedacted = await redactMentionsInNeo4j(tx, mentions);
    await createAuditEntry(tx, { ...audit, reason: redactMentions(audit.reason, mentions) });
    return {
      mentionsRedacted,
      accountsRemoved: Number(accounts.records[0]?.get('removed') ?? 0),
      relationshipsRemoved: Number(subject.get('relationships')),
      introductionsRemoved: Number(subject.get('introductions')),
      introductionsRedacted: redacted.size,
    };
  });
}

export async function appendAuditEntry(driver: Driver, entry: AuditEntry): Promise<void> {
  await inWriteTransaction(driver, (tx) => createAuditEntry(tx, entry));
}

export async function findAuditEntries(driver: Driver, filter: AuditEntryFilter, page: PageRequest): Promise<Page<AuditEntry>> {
  checkPageRequest(page);
  const params = { subject: filter.subject ?? null, actorAccountId: filter.actorAccountId ?? null };
  const after = decodeCursor(page.after, 2) ?? null;
  const read = { routing: neo4j.routing.READ };
  const [rows, count] = await Promise.all([
    driver.executeQuery(cypher.FIND_AUDIT_ENTRIES, { ...params, after, limit: neo4j.int(page.first + 1) }, read),
    driver.executeQuery(cypher.COUNT_AUDIT_ENTRIES, params, read),
  ]);
  const items = rows.records.map((record) => record.get('entry') as AuditEntry);
  return toPage(items, page.first, Number(count.records[0]?.get('total') ?? 0), auditEntrySortKey);
}

type Transaction = Parameters<Parameters<typeof inWriteTransaction>[1]>[0];

export async function createAuditEntry(tx: Transaction, entry: AuditEntry): Promise<void> {
  const existing = await tx.run(cypher.AUDIT_ENTRY_EXISTS, { id: entry.id });
  if (existing.records[0]?.get('exists') === true) throw new ConflictError(`audit entry '${entry.id}' exists`);
  await tx.run(cypher.CREATE_AUDIT_ENTRY, {
    properties: {
      id: entry.id,
      at: entry.at,
      action: entry.action,
      actorAccountId: entry.actorAccountId,
      subject: entry.subject,
      reason: entry.reason,
    },
  });
}
