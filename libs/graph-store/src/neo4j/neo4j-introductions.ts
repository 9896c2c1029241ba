import { randomUUID } from 'node:crypto';
import neo4j, { Driver, ManagedTransaction } from 'neo4j-driver';
import { Introduction, NotFoundError, StoreUnavailableError } from '@koppel/domain';
import type { IntroductionFilter, Page, PageRequest } from '../graph-store.port';
import { checkIntroductionParties, introductionNotFound, introductionTaken, staleIntroduction } from '../introduction-rules';
import { decodeCursor, introductionSortKey, toPage } from '../page-cursor';
import { checkPageRequest } from '../request-limits';
import { introductionToProperties, propertiesToIntroduction } from './neo4j-mapper';
import * as cypher from './neo4j-queries';

/**
 * Introductions and suggestion impressions in Neo4j (queries in neo4j-queries.ts). Each write is
 * one executeWrite unit: its checks and its write see the same data, and a retry after a
 * transient failure runs the whole unit again. Errors are mapped by the store's `guarded`.
 */


/** How a step taken by `actorId` reads inside an introduction's stepsJson. */
export function actorStepText(actorId: string): string {
  return `"actorId":${JSON.stringify(actorId)}`;
}

export async function inWriteTransaction<T>(driver: Driver, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite(work);
  } finally {
    await session.close();
  }
}

/** Refuses, naming the first, ids of nodes that do not exist. */
async function requireNodes(tx: ManagedTransaction, ids: readonly string[]): Promise<void> {
  const result = await tx.run(cypher.STORED_KINDS, { ids: [...new Set(ids)] });
  const found = new Set(result.records.map((record) => record.get('id') as string));
  const missing = ids.find((id) => !found.has(id));
  if (missing !== undefined) throw new NotFoundError('Node', missing);
}

export async function createIntroduction(driver: Driver, introduction: Introduction): Promise<Introduction> {
  const stored: Introduction = { ...introduction, version: 1 };
  await inWriteTransaction(driver, async (tx) => {
    await requireNodes(tx, [
      introduction.requesterId,
      introduction.targetId,
      ...(introduction.introducerId === undefined ? [] : [introduction.introducerId]),
    ]);
    const existing = await tx.run(cypher.INTRODUCTION_EXISTS, { id: introduction.id });
    if (existing.records[0]?.get('exists') === true) throw introductionTaken(introduction.id);
    const result = await tx.run(cypher.CREATE_INTRODUCTION, {
      requesterId: introduction.requesterId,
      targetId: introduction.targetId,
      introducerId: introduction.introducerId ?? null,
      properties: introductionToProperties(stored),
    });
    const record = result.records[0];
    const introducers = introduction.introducerId === undefined ? 0 : 1;
    if (Number(record?.get('created') ?? 0) !== 1 || Number(record?.get('introducers') ?? 0) !== introducers) {
      throw new StoreUnavailableError('a party of the introduction was deleted while it was written; try again');
    }
    await tx.run(cypher.BUMP_INTRODUCTIONS_VERSION);
  });
  return stored;
}

export async function saveIntroduction(driver: Driver, introduction: Introduction): Promise<Introduction> {
  const next: Introduction = { ...introduction, version: introduction.version + 1 };
  await inWriteTransaction(driver, async (tx) => {
    const locked = await tx.run(cypher.LOCK_INTRODUCTION, { id: introduction.id });
    const record = locked.records[0];
    if (!record) throw introductionNotFound(introduction.id);
    const stored = propertiesToIntroduction(record.get('introduction') as Record<string, unknown>);
    if (stored.version !== introduction.version) throw staleIntroduction(introduction, stored.version);
    checkIntroductionParties(stored, introduction);
    await tx.run(cypher.SAVE_INTRODUCTION, { id: introduction.id, properties: introductionToProperties(next) });
    await tx.run(cypher.BUMP_INTRODUCTIONS_VERSION);
  });
  return next;
}

export async function getIntroduction(driver: Driver, id: string): Promise<Introduction | null> {
  const { records } = await driver.executeQuery(cypher.GET_INTRODUCTION, { id }, { routing: neo4j.routing.READ });
  return records[0] ? propertiesToIntroduction(records[0].get('introduction') as Record<string, unknown>) : null;
}

function anchorOf(filter: IntroductionFilter): cypher.IntroductionAnchor {
  if (filter.requesterId !== undefined) return 'requester';
  if (filter.targetId !== undefined) return 'target';
  if (filter.involving !== undefined) return 'involving';
  return 'all';
}

export async function findIntroductions(driver: Driver, filter: IntroductionFilter, page: PageRequest): Promise<Page<Introduction>> {
  checkPageRequest(page);
  const anchor = anchorOf(filter);
  const params = {
    requesterId: filter.requesterId ?? null,
    targetId: filter.targetId ?? null,
    involving: filter.involving ?? null,
    actedInBy: filter.actedInBy ?? null,
    actedInByStep: filter.actedInBy === undefined ? null : actorStepText(filter.actedInBy),
    statuses: filter.statuses?.length ? filter.statuses : null,
  };
  const after = decodeCursor(page.after, 2) ?? null;
  const read = { routing: neo4j.routing.READ };
  const [rows, count] = await Promise.all([
    driver.executeQuery(cypher.FIND_INTRODUCTIONS[anchor], { ...params, after, limit: neo4j.int(page.first + 1) }, read),
    driver.executeQuery(cypher.COUNT_INTRODUCTIONS[anchor], params, read),
  ]);
  const items = rows.records.map((record) => propertiesToIntroduction(record.get('introduction') as Record<string, unknown>));
  return toPage(items, page.first, Number(count.records[0]?.get('total') ?? 0), introductionSortKey);
}

export async function recordImpressions(driver: Driver, subjectId: string, targetIds: readonly string[], at: Date): Promise<void> {
  const targets = [...new Set(targetIds)];
  await inWriteTransaction(driver, async (tx) => {
    await requireNodes(tx, [subjectId, ...targets]);
    if (targets.length > 0) await tx.run(cypher.RECORD_IMPRESSIONS, { subjectId, targetIds: targets, at: at.toISOString() });
  });
}

/**
 * The graph version, the introductions version and the subject's impressions (MATCHING_STATE).
 * A database never written through Koppel has no graph version, so nothing tells a change of
 * its graph: every token is then new, and nothing is kept.
 */
export async function matchingStateToken(driver: Driver, subjectId: string): Promise<string> {
  const { records } = await driver.executeQuery(cypher.MATCHING_STATE, { subjectId }, { routing: neo4j.routing.READ });
  const record = records[0];
  const graph = record?.get('graph') as string | null | undefined;
  if (!record || !graph) return `unversioned:${randomUUID()}`;
  return `${graph}/${(record.get('introductions') as string | null) ?? 'none'}/${record.get('impressions') as string}`;
}
