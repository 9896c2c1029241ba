import { ECOSYSTEM_DOMAIN_LABELS, EcosystemDomain, Theme, THEME_LABELS } from '@koppel/domain';
import type { Sentence } from '../suggestion';

export function sentence(nl: string, en: string): Sentence {
  return { nl, en };
}

/** "a, b en c" / "a, b and c". */
export function listOf(items: readonly string[], and: 'en' | 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

export function themeNames(themes: readonly Theme[]): Sentence {
  return sentence(
    listOf(themes.map((theme) => THEME_LABELS[theme].nl), 'en'),
    listOf(themes.map((theme) => THEME_LABELS[theme].en), 'and'),
  );
}

export function domainNames(domains: readonly EcosystemDomain[]): Sentence {
  return sentence(
    listOf(domains.map((domain) => ECOSYSTEM_DOMAIN_LABELS[domain].nl.toLowerCase()), 'en'),
    listOf(domains.map((domain) => ECOSYSTEM_DOMAIN_LABELS[domain].en.toLowerCase()), 'and'),
  );
}

export function euros(amount: number): string {
  return `€${amount.toLocaleString('nl-NL')}`;
}
