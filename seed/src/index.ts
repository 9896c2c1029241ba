export { loadDemoData, readDemoFiles, isRelationshipFile, DEMO_DATA_DIR, DEMO_KIND_ORDER } from './load-demo-data';
export type { DemoData, DemoFile, DemoItem } from './load-demo-data';
export { buildDemoIntroductions, demoIntroductionId, isIntroductionFile, DemoDataError } from './load-introductions';
export type { DemoDataProblem } from './load-introductions';
export * from './generator';
export { loadDemoAccounts, isAccountFile } from './load-demo-accounts';
export type { DemoAccount } from './load-demo-accounts';
