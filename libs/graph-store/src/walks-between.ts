import type { RelationshipScope } from './graph-store.port';

/** A relationship as far as a walk needs it: its id and its two ends. */
export interface WalkEdge {
  id: string;
  from: string;
  to: string;
}

/** What each hub check needs to know: the scope walked, the hub bound, and who is exempt. */
export interface HubRule extends RelationshipScope {
  /** A node with more relationships in scope than this is not walked through. */
  maxDegree: number;
  /** The two ends of the walk: always walked from, whatever their degree. */
  ends: readonly string[];
}

/** The two reads a store answers for walksBetween, each in one round trip. */
export interface WalkReads<E extends WalkEdge> {
  /**
   * Every relationship in scope touching one of `ids` that is an end or has at most
   * `maxDegree` relationships in scope, and which of `ids` those were (`expanded`).
   */
  expand(ids: readonly string[], rule: HubRule): Promise<{ relationships: E[]; expanded: string[] }>;
  /**
   * Where the two sides meet. Of `near` and `far`, the ones that are ends or not hubs pass.
   * Answers every relationship in scope joining a passing near node to a passing far node,
   * and, for every node m (end, or not a hub) with a relationship in scope to a passing near
   * node and one to a passing far node, those relationships; `passable`: the passing near and
   * far nodes and those m. It may answer more relationships (walksBetween keeps what lies on
   * a walk), never fewer.
   */
  meet(near: readonly string[], far: readonly string[], rule: HubRule): Promise<{ relationships: E[]; passable: string[] }>;
}

/**
 * The relationships on the walks of at most `maxHops` from `fromId` to `toId` whose nodes in
 * between are neither end and not hubs, less those that only step aside and back where the
 * sides meet (so, up to four hops, exactly the relationships on paths): what a search for the
 * best paths needs.
 *
 * Meet in the middle: each side is walked breadth-first over half the hops but one
 * (ceil(maxHops / 2) - 1 from the start, floor(maxHops / 2) - 1 from the target), and the last
 * step of both is one `meet`, which keeps only the nodes both frontiers reach. The members of a
 * network two hops out are then looked at in the store, not shipped: on hub-heavy graphs that
 * is what costs. Round trips: one `meet`, plus one `expand` per side level.
 */
export async function walksBetween<E extends WalkEdge>(
  fromId: string,
  toId: string,
  maxHops: number,
  rule: Omit<HubRule, 'ends'>,
  reads: WalkReads<E>,
): Promise<E[]> {
  const hubRule: HubRule = { ...rule, ends: [fromId, toId] };
  const ends = new Set([fromId, toId]);
  const edges: E[] = [];
  const passable = new Set<string>(ends);
  // Per side: a node the other side reached first still belongs to this side's frontier.
  const seenNear = new Set<string>(ends);
  const seenFar = new Set<string>(ends);
  let near = [fromId];
  let far = [toId];
  const nearSteps = Math.ceil(maxHops / 2) - 1;
  const farSteps = Math.max(0, Math.floor(maxHops / 2) - 1);
  for (let step = 0; step < Math.max(nearSteps, farSteps); step++) {
    const expanding = [...new Set([...(step < nearSteps ? near : []), ...(step < farSteps ? far : [])])];
    const { relationships, expanded } = await reads.expand(expanding, hubRule);
    for (const id of expanded) passable.add(id);
    const reached = new Set(expanded);
    const nextOf = (frontier: string[], seen: Set<string>) => {
      const inFrontier = new Set(frontier.filter((id) => reached.has(id)));
      const next = new Set<string>();
      for (const rel of relationships) {
        if (inFrontier.has(rel.from) && !seen.has(rel.to)) next.add(rel.to);
        if (inFrontier.has(rel.to) && !seen.has(rel.from)) next.add(rel.from);
      }
      for (const id of next) seen.add(id);
      return [...next].sort();
    };
    append(edges, relationships);
    if (step < nearSteps) near = nextOf(near, seenNear);
    if (step < farSteps) far = nextOf(far, seenFar);
  }
  const met = await reads.meet(near, far, hubRule);
  for (const id of met.passable) passable.add(id);
  const passing = new Set(met.passable);
  append(edges, noStepAsideAndBack(met.relationships, near.filter((id) => passing.has(id)), far.filter((id) => passing.has(id))));
  return onWalks(edges, fromId, toId, maxHops, passable);
}

/**
 * Of the relationships where the sides meet, leaves out those that only step aside and back: a
 * node m reached from one node x that both sides share (from - x - m - x - to) is no way
 * through, and next to a network both ends know, such steps are most of what `meet` answers.
 * A relationship x-m stays when x is on one side and m is on the other, or m also touches a
 * node other than x on the other side.
 */
function noStepAsideAndBack<E extends WalkEdge>(relationships: E[], near: readonly string[], far: readonly string[]): E[] {
  const nearSet = new Set(near);
  const farSet = new Set(far);
  /** For each node, the near and far nodes it touches. */
  const touches = new Map<string, { near: Set<string>; far: Set<string> }>();
  const touchesOf = (id: string) => {
    let found = touches.get(id);
    if (!found) touches.set(id, (found = { near: new Set(), far: new Set() }));
    return found;
  };
  for (const rel of relationships) {
    for (const [end, other] of [
      [rel.from, rel.to],
      [rel.to, rel.from],
    ]) {
      if (nearSet.has(end)) touchesOf(other).near.add(end);
      if (farSet.has(end)) touchesOf(other).far.add(end);
    }
  }
  const otherThan = (ids: Set<string> | undefined, id: string) => ids !== undefined && (ids.size > 1 || (ids.size === 1 && !ids.has(id)));
  const joins = (x: string, m: string) =>
    (nearSet.has(x) && (farSet.has(m) || otherThan(touches.get(m)?.far, x))) ||
    (farSet.has(x) && (nearSet.has(m) || otherThan(touches.get(m)?.near, x)));
  return relationships.filter((rel) => joins(rel.from, rel.to) || joins(rel.to, rel.from));
}

/**
 * Of `edges`, the ones on a walk of at most `maxHops` from `fromId` to `toId` that passes only
 * through `passable` nodes other than the ends. An edge u-v is on one when the distance from
 * the start to u, plus one, plus the distance from v to the target fits the hops.
 */
function onWalks<E extends WalkEdge>(edges: E[], fromId: string, toId: string, maxHops: number, passable: ReadonlySet<string>): E[] {
  const unique = new Map<string, E>();
  // Both reads may answer the same relationship.
  for (const edge of edges) unique.set(edge.id, edge);
  const kept = [...unique.values()];
  const adjacency = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = adjacency.get(a);
    if (list) list.push(b);
    else adjacency.set(a, [b]);
  };
  for (const edge of kept) {
    link(edge.from, edge.to);
    link(edge.to, edge.from);
  }
  const through = (id: string) => id !== fromId && id !== toId && passable.has(id);
  const fromStart = distances(fromId, adjacency, through);
  const toTarget = distances(toId, adjacency, through);
  const fits = (u: string, v: string) =>
    (u === fromId || through(u)) &&
    (v === toId || through(v)) &&
    (fromStart.get(u) ?? Infinity) + 1 + (toTarget.get(v) ?? Infinity) <= maxHops;
  return kept.filter((edge) => fits(edge.from, edge.to) || fits(edge.to, edge.from));
}

/** Breadth-first distances from `start`, going on only from nodes `through` allows. */
function distances(start: string, adjacency: ReadonlyMap<string, string[]>, through: (id: string) => boolean): Map<string, number> {
  const distance = new Map([[start, 0]]);
  let frontier = [start];
  for (let hop = 1; frontier.length > 0; hop++) {
    const next: string[] = [];
    for (const id of frontier) {
      if (id !== start && !through(id)) continue;
      for (const other of adjacency.get(id) ?? []) {
        if (distance.has(other)) continue;
        distance.set(other, hop);
        next.push(other);
      }
    }
    frontier = next;
  }
  return distance;
}

/** push(...items) passes every item as an argument, which overflows the stack past some 10^5: a wide walk answers that many. */
function append<E>(target: E[], items: readonly E[]): void {
  for (const item of items) target.push(item);
}
