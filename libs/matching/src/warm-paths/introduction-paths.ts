import type { NodeSummary, StakeholderNode, TieBetween, ValidRelationship } from '@koppel/domain';
import { listOf, sentence } from '../explanation/sentence';
import type { Sentence } from '../suggestion';
import { bestPaths, WeightedPath } from './best-paths';
import { bridgesTo, Bridge } from './bridges';
import { trustGraph } from './trust-graph';

/** The part of the graph around both ends that a store hands over: enough to find paths and bridges. */
export interface PathGraph {
  nodes: readonly StakeholderNode[];
  relationships: readonly ValidRelationship[];
}

export interface PathRequest {
  fromId: string;
  toId: string;
  maxHops: number;
  maxPaths: number;
  now: Date;
}

export interface IntroductionPath {
  nodes: NodeSummary[];
  /** relationships[i] joins nodes[i] and nodes[i + 1]. */
  relationships: ValidRelationship[];
  hops: number;
  /** Product of the ties' faded strengths: how warm the whole chain is, 0..1. */
  warmth: number;
  sentence: Sentence;
}

export interface IntroductionPaths {
  paths: IntroductionPath[];
  /** The first person or organisation on the best path: who to ask. */
  askFirst: NodeSummary | null;
  /** When there is no path: networks and events that would make one. */
  bridges: Bridge[];
  sentence: Sentence;
}

/** Paths found over relationships alone, and the nodes needed to describe them. */
export interface FoundPaths<T extends TieBetween = ValidRelationship> {
  paths: WeightedPath<T>[];
  /** The nodes on the paths; when there are none, both ends and the target's networks and events. */
  nodeIds: string[];
}

/**
 * The best few ways from one node to another through people and organisations who can
 * introduce, over trusted relationships only, preferring strong, recent ties and short chains.
 * Needs the relationships only, so a store need not read the profiles of every node it walked;
 * and of them only the tie facts, so it may be given lean ties (TieBetween) and the few
 * relationships on the paths found read in full afterwards (withRelationships).
 */
export function findWarmPaths<T extends TieBetween>(relationships: readonly T[], request: PathRequest): FoundPaths<T> {
  const paths = bestPaths(trustGraph(relationships, request.now), request.fromId, request.toId, request.maxHops, request.maxPaths);
  if (paths.length > 0) return { paths, nodeIds: [...new Set(paths.flatMap((path) => path.nodeIds))] };
  const places = relationships.filter((rel) => rel.from === request.toId && BRIDGE_TYPES.includes(rel.type)).map((rel) => rel.to);
  return { paths, nodeIds: [...new Set([request.fromId, request.toId, ...places])] };
}

const BRIDGE_TYPES: readonly string[] = ['MEMBER_OF', 'ATTENDED', 'ORGANISED'];

/**
 * The paths found over lean ties, each tie replaced by its relationship in full from `full`
 * (by id). A path with a tie not in `full` (deleted between the two reads) is left out.
 */
export function withRelationships<T extends TieBetween>(found: FoundPaths<T>, full: readonly ValidRelationship[]): FoundPaths {
  const byId = new Map(full.map((relationship) => [relationship.id, relationship]));
  const paths = found.paths.flatMap((path) => {
    const edges = path.edges.flatMap((edge) => {
      const relationship = byId.get(edge.relationship.id);
      return relationship ? [{ ...edge, relationship }] : [];
    });
    return edges.length === path.edges.length ? [{ ...path, edges }] : [];
  });
  return { paths, nodeIds: paths.length === found.paths.length ? found.nodeIds : [...new Set(paths.flatMap((path) => path.nodeIds))] };
}

/** Both steps at once, for a graph whose nodes are all at hand. */
export function introductionPaths(graph: PathGraph, request: PathRequest): IntroductionPaths {
  return describeWarmPaths(findWarmPaths(graph.relationships, request), graph, request);
}

/** Names the paths found, says who to ask first, and looks for bridges when there is no path. */
export function describeWarmPaths(found: FoundPaths, graph: PathGraph, request: PathRequest): IntroductionPaths {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const summary = (id: string): NodeSummary => {
    const node = byId.get(id);
    return node ? { id, kind: node.kind, name: node.name } : { id, kind: 'Person', name: id };
  };
  const paths = found.paths.map((path): IntroductionPath => {
    const nodes = path.nodeIds.map(summary);
    const names = nodes.slice(1, -1).map((node) => node.name);
    return {
      nodes,
      relationships: path.edges.map((edge) => edge.relationship),
      hops: path.edges.length,
      warmth: Math.round(path.edges.reduce((product, edge) => product * edge.weight, 1) * 10_000) / 10_000,
      sentence:
        names.length === 0
          ? sentence('Jullie kennen elkaar al.', 'You already know each other.')
          : sentence(`Via ${listOf(names, 'en')}.`, `Through ${listOf(names, 'and')}.`),
    };
  });
  if (paths.length > 0) {
    const askFirst = paths[0].nodes.length > 2 ? paths[0].nodes[1] : null;
    return {
      paths,
      askFirst,
      bridges: [],
      sentence: askFirst
        ? sentence(`Vraag eerst ${askFirst.name} om een introductie.`, `Ask ${askFirst.name} for an introduction first.`)
        : sentence('Jullie zijn al rechtstreeks verbonden.', 'You are already directly connected.'),
    };
  }
  const subject = byId.get(request.fromId);
  const target = byId.get(request.toId);
  const bridges = subject && target ? bridgesTo(subject, target, graph, request.now) : [];
  return {
    paths: [],
    askFirst: null,
    bridges,
    sentence:
      bridges.length > 0
        ? sentence(
            `Er is geen warme route binnen ${request.maxHops} stappen. ${bridges[0].sentence.nl}`,
            `There is no warm path within ${request.maxHops} steps. ${bridges[0].sentence.en}`,
          )
        : sentence(`Er is geen warme route binnen ${request.maxHops} stappen.`, `There is no warm path within ${request.maxHops} steps.`),
  };
}
