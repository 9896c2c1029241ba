import type { ManagedTransaction } from 'neo4j-driver';
import { redactMentionsIn } from '@koppel/domain';
import { fromProperties, type Neo4jProperties, toProperties } from './neo4j-mapper';
import { MENTION_SITES, NEVER_WRITTEN_TEXT } from './neo4j-queries';

/**
 * Takes the mentions of a forgotten person out of every text property in the database, inside
 * the erasure's transaction; the count of records changed. Structured values stored as JSON text
 * (a need's description, an introduction's steps) are parsed, so a name broken over lines or
 * escaped in JSON is found as well. Every record with text is read: erasure is rare, and a name
 * can hide behind any accent or case, which no index here can search for.
 */
export async function redactMentionsInNeo4j(tx: ManagedTransaction, mentions: readonly string[]): Promise<number> {
  if (mentions.length === 0) return 0;
  let changed = 0;
  for (const site of Object.values(MENTION_SITES)) {
    const { records } = await tx.run(site.read, { neverWritten: NEVER_WRITTEN_TEXT });
    const changes = records.flatMap((record) => {
      const texts = redactedTexts(Object.fromEntries(record.get('texts') as [string, unknown][]), mentions);
      return texts ? [{ element: record.get('element') as string, texts }] : [];
    });
    if (changes.length > 0) await tx.run(site.write, { changes });
    changed += changes.length;
  }
  return changed;
}

/**
 * The text properties whose text changed, as they are to be stored; null when none did. Read and
 * written as every record is (a structured field as JSON text), so a need's description is
 * searched as the text it is.
 */
function redactedTexts(stored: Record<string, unknown>, mentions: readonly string[]): Neo4jProperties | null {
  const redacted = redactMentionsIn(fromProperties(stored, []), mentions);
  if (!redacted) return null;
  const changed = Object.entries(toProperties(redacted, new Set())).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(stored[key]));
  return Object.fromEntries(changed);
}
