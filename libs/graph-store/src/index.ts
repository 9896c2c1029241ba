export * from './graph-store.port';
export { EmbeddedGraphStore } from './embedded/embedded-graph-store';
export type { EmbeddedStoreOptions } from './embedded/embedded-graph-store';
