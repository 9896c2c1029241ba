import type { ManagedTransaction } from 'neo4j-driver';
import { redactMentionsIn } from '@koppel/domain';
import { MENTION_SITES, NEVER_WRITTEN_TEXT } from './neo4j-queries';

const JSON_SUFFIX = 'Json';

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
      const texts = redactedTexts(record.get('texts') as [string, StoredText][], mentions);
      return texts ? [{ element: record.get('element') as string, texts }] : [];
    });
    if (changes.length > 0) await tx.run(site.write, { changes });
    changed += changes.length;
  }
  return changed;
}

/** A text property: a string (a JSON one for a structured field) or a list of strings. */
type StoredText = string | string[];

/** The properties whose text changed, as they are to be stored; null when none did. */
function redactedTexts(texts: readonly [string, StoredText][], mentions: readonly string[]): Record<string, StoredText> | null {
  const fieldOf = (key: string) => (key.endsWith(JSON_SUFFIX) ? key.slice(0, -JSON_SUFFIX.length) : key);
  const fields = Object.fromEntries(
    texts.map(([key, text]) => [fieldOf(key), key.endsWith(JSON_SUFFIX) ? JSON.parse(text as string) : text]),
  );
  const redacted = redactMentionsIn(fields, mentions);
  if (!redacted) return null;
  const changed: Record<string, StoredText> = {};
  for (const [key, text] of texts) {
    const value = redacted[fieldOf(key)];
    const stored = key.endsWith(JSON_SUFFIX) ? JSON.stringify(value) : (value as StoredText);
    if (JSON.stringify(stored) !== JSON.stringify(text)) changed[key] = stored;
  }
  return changed;
}
