export * from './metrics';
export * from './ranking';
export * from './time-split';
export * from './holdout-queries';
