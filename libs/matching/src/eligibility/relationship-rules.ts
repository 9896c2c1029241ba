import { blocksNewIntroduction, Introduction, MatchCandidate, StakeholderNode } from '@koppel/domain';
import { sentence } from '../explanation/sentence';
import type { RuleCheck } from './rule-check';

/** Consent, and no suggestion of what already exists or was just turned down. */
export function relationshipRules(
  subject: StakeholderNode,
  candidate: MatchCandidate,
  introductions: readonly Introduction[],
  now: Date,
): RuleCheck[] {
  const target = candidate.node;
  const visible = target.visibleForMatchmaking;
  const connected = candidate.directTies.length > 0;
  const blocking = introductionsBetween(subject.id, target.id, introductions).find((intro) => blocksNewIntroduction(intro, now));
  return [
    {
      rule: 'VISIBLE_FOR_MATCHMAKING',
      passed: visible,
      explain: () => visible
        ? sentence(`${target.name} staat open voor matchmaking.`, `${target.name} is open to matchmaking.`)
        : sentence(`${target.name} wil niet voorgesteld worden.`, `${target.name} has opted out of matchmaking.`),
    },
    {
      rule: 'NOT_ALREADY_CONNECTED',
      passed: !connected,
      explain: () => connected
        ? sentence(`${subject.name} en ${target.name} zijn al verbonden.`, `${subject.name} and ${target.name} are already connected.`)
        : sentence(`${subject.name} en ${target.name} zijn nog niet verbonden.`, `${subject.name} and ${target.name} are not connected yet.`),
    },
    {
      rule: 'NO_OPEN_OR_RECENT_INTRODUCTION',
      passed: !blocking,
      explain: () => blocking ? blockingSentence(blocking) : sentence('Er loopt geen introductie tussen beide.', 'No introduction between them is under way.'),
    },
  ];
}

export function introductionsBetween(a: string, b: string, introductions: readonly Introduction[]): Introduction[] {
  return introductions.filter(
    (intro) => (intro.requesterId === a && intro.targetId === b) || (intro.requesterId === b && intro.targetId === a),
  );
}

// Deliberately does not say who declined: only the requester is told, elsewhere.
function blockingSentence(introduction: Introduction) {
  if (introduction.status === 'DECLINED') {
    return sentence('Een eerdere introductie is kort geleden niet doorgegaan; even wachten.', 'An earlier introduction did not go ahead recently; wait a while.');
  }
  if (introduction.status === 'INTRODUCED') {
    return sentence('Deze twee zijn al aan elkaar voorgesteld.', 'These two have already been introduced.');
  }
  return sentence('Er loopt al een introductie tussen deze twee.', 'An introduction between these two is already under way.');
}
