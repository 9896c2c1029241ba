/**
 * The scale generator: a deterministic synthetic impact ecosystem of Noord-Nederland, from a
 * thousand to a million organisations, with the shape of a real one (heavy-tailed degrees,
 * regional clustering, themes that go with network membership). Everything it makes passes
 * validateGraphBatch and checkBatchAgainstStore, and is marked fictional.
 *
 * Use `generateEcosystem` for a batch in memory, or `streamEcosystem` to write a large one
 * without holding it (see write-json.ts and seed/src/generate-cli.ts).
 */
import type { NodeInput, RelationshipInput } from '@koppel/domain';
import { NodeFactory } from './nodes';
import { RelationshipFactory } from './relationships';
import { EcosystemOptions, Plan, World } from './world';

export type { EcosystemOptions, Plan } from './world';

/** What `store.upsert` and `validateGraphBatch` take. */
export interface GeneratedEcosystem {
  nodes: NodeInput[];
  relationships: RelationshipInput[];
}

export interface EcosystemStream {
  /** Sizes known before anything is generated. */
  readonly plan: Plan;
  /** The nodes, in kind order (provinces, municipalities, providers, entrepreneurs, persons, events). Each call starts afresh. */
  nodes(): Generator<NodeInput>;
  /** The relationships, type by type; every end is among the nodes. Each call starts afresh. */
  relationships(): Generator<RelationshipInput>;
}

/**
 * A lazily generated ecosystem. The world (who is where, with which themes and how active) is
 * built once into typed arrays; nodes and relationships are produced as they are iterated.
 */
export function streamEcosystem(options: EcosystemOptions): EcosystemStream {
  const world = new World(options);
  const factory = new NodeFactory(world);
  let ids: string[] | undefined;
  return {
    plan: world.plan,
    *nodes() {
      for (let i = 0; i < world.total; i++) yield factory.node(i);
    },
    *relationships() {
      ids ??= factory.allIds();
      yield* new RelationshipFactory(world, ids).all();
    },
  };
}

/**
 * generateEcosystem({ organisations: 1000, seed: 7 }) -> { nodes, relationships }, about
 * `relationshipsPerOrganisation` (default 10) relationships per organisation. The same options
 * give the same output, byte for byte once serialised.
 */
export function generateEcosystem(options: EcosystemOptions): GeneratedEcosystem {
  const stream = streamEcosystem(options);
  return { nodes: [...stream.nodes()], relationships: [...stream.relationships()] };
}
