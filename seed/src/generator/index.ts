export { generateEcosystem, streamEcosystem } from './generate-ecosystem';
export type { EcosystemOptions, EcosystemStream, GeneratedEcosystem, Plan } from './generate-ecosystem';
export { streamSink, writeEcosystemJson } from './write-json';
export type { JsonSink, WrittenCounts } from './write-json';
export { measureShape, ShapeMeter, summariseDegrees } from './shape-statistics';
export type { DegreeSummary, Locality, ShapeReport } from './shape-statistics';
export { AS_OF_DATE, AS_OF_YEAR, MAX_ORGANISATIONS, MIN_ORGANISATIONS } from './world';
export { Prng } from './prng';
