export { describeGraphStoreContract } from './graph-store.contract';
export type { GraphStoreHarness } from './graph-store.contract';
export { CONTRACT_BATCH, CONTRACT_NODES, CONTRACT_RELATIONSHIPS } from './contract-fixture';
