export * from './random';
export * from './graph-baselines';
export * from './themes-baseline';
