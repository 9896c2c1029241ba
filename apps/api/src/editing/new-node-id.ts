import type { NodeKind } from '@koppel/domain';

/** The id prefix of each kind, as the demo data uses them (`ent:zonnewerf`). */
const PREFIX: Record<NodeKind, string> = {
  Entrepreneur: 'ent',
  Network: 'network',
  Fund: 'fund',
  Purchaser: 'purchaser',
  Municipality: 'municipality',
  Province: 'province',
  KnowledgeInstitution: 'ki',
  SupportProgramme: 'support',
  Person: 'person',
  Event: 'event',
};

/** A readable id from the kind and name: `Zonnewerf Coöperatie` -> `ent:zonnewerf-cooperatie`. */
export function idFromName(kind: NodeKind, name: string, attempt = 1): string {
  const slug =
    name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 100) || 'node';
  return `${PREFIX[kind]}:${slug}${attempt > 1 ? `-${attempt}` : ''}`;
}
