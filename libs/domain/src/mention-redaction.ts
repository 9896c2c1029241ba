import { foldAccents } from './search-key';

/** What takes the place of a forgotten person's name, e-mail address or phone number in text others wrote. */
export const ERASED_MENTION = '[verwijderd]';

/**
 * How a person is recognised in text others wrote (a description, an introduction's message, an
 * audit reason): the full name when it has at least two words, the e-mail address, the phone
 * number. A one-word name is left out: it would take out every other person of that name.
 */
export function personMentions(person: { name: string; email?: string | null; phone?: string | null }): string[] {
  const name = collapseSpaces(person.name);
  return [...(name.includes(' ') ? [name] : []), person.email, person.phone].filter(
    (mention): mention is string => typeof mention === 'string' && mention.trim() !== '',
  );
}

/**
 * The text with every mention replaced by ERASED_MENTION. A mention matches in any case, with or
 * without accents and across line breaks ("anouk  VELDKAMP" for "Anouk Veldkamp"), but only as a
 * whole: not inside a longer word or number.
 */
export function redactMentions(text: string, mentions: readonly string[]): string {
  return redactKeys(text, mentionKeys(mentions));
}

/** The mentions as they are looked for in folded text: folded, white space collapsed. */
function mentionKeys(mentions: readonly string[]): string[] {
  return mentions.map((mention) => collapseSpaces(foldAccents(mention))).filter((key) => key !== '');
}

function redactKeys(text: string, keys: readonly string[]): string {
  // Most texts mention nobody: tell that from one fold of the whole text before folding it
  // character by character to find where.
  const quick = foldAccents(text).replace(/\s+/g, ' ');
  if (!keys.some((key) => quick.includes(key))) return text;
  const { folded, origin } = foldKeepingPositions(text);
  const ranges: [number, number][] = [];
  for (const key of keys) {
    for (let at = folded.indexOf(key); at >= 0; at = folded.indexOf(key, at + 1)) {
      const end = at + key.length;
      if (isWordCharacter(folded[at - 1]) && isWordCharacter(key[0])) continue;
      if (isWordCharacter(folded[end]) && isWordCharacter(key[key.length - 1])) continue;
      ranges.push([origin[at], origin[end]]);
    }
  }
  if (ranges.length === 0) return text;
  ranges.sort((a, b) => a[0] - b[0]);
  let redacted = '';
  let copiedUpTo = 0;
  for (const [start, end] of ranges) {
    if (end <= copiedUpTo) continue;
    redacted += start >= copiedUpTo ? text.slice(copiedUpTo, start) + ERASED_MENTION : '';
    copiedUpTo = end;
  }
  return redacted + text.slice(copiedUpTo);
}

/**
 * Keys whose values are not text someone wrote about others: ids, a node's own name, and the
 * contact fields of another person (a colleague may share the forgotten person's office line;
 * their own phone field is theirs). Never redacted.
 */
const NOT_WRITTEN_ABOUT_OTHERS = /^(id|name|kind|type|from|to|key|email|phone|website)$|Id$/;

/**
 * The record with the mentions redacted in every text it holds, however deep (a need's
 * description, an introduction step's note), or null when it mentions none of them. Ids, names
 * and contact fields stay as they are (see NOT_WRITTEN_ABOUT_OTHERS).
 */
export function redactMentionsIn<T>(record: T, mentions: readonly string[]): T | null {
  const keys = mentionKeys(mentions);
  let changed = false;
  const walk = (value: unknown, key: string): unknown => {
    if (typeof value === 'string') {
      if (NOT_WRITTEN_ABOUT_OTHERS.test(key)) return value;
      const redacted = redactKeys(value, keys);
      if (redacted !== value) changed = true;
      return redacted;
    }
    if (Array.isArray(value)) return value.map((item) => walk(item, key));
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, walk(item, name)]));
    }
    return value;
  };
  const redacted = walk(record, '') as T;
  return changed ? redacted : null;
}

function collapseSpaces(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

const isWordCharacter = (character: string | undefined) => character !== undefined && /[\p{L}\p{N}]/u.test(character);

/**
 * The text as foldAccents folds it, with runs of white space as one space, and for each folded
 * character the position in the text where the character it came from starts (plus one past the
 * end), so a match in the folded text can be cut out of the original.
 */
function foldKeepingPositions(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let position = 0;
  for (const character of text) {
    const piece = /\s/.test(character) ? (folded.endsWith(' ') ? '' : ' ') : foldAccents(character);
    folded += piece;
    for (let unit = 0; unit < piece.length; unit++) origin.push(position);
    position += character.length;
  }
  origin.push(text.length);
  return { folded, origin };
}
