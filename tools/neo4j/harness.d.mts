// Types for harness.mjs, so TypeScript callers (benchmarks, tests) use it checked.
export interface RunningNeo4j {
  uri: string;
  user: string;
  password: string;
  pid: number;
  version: string | undefined;
  dataDir: string;
  logFile: string;
  stop(): Promise<void>;
}

export interface StartOptions {
  dataDir?: string;
  port?: number;
  password?: string;
  detached?: boolean;
  timeoutMs?: number;
  log?: (line: string) => void;
}

export const repoRoot: string;
export function javaAndMavenAvailable(): boolean;
export function startNeo4j(options?: StartOptions): Promise<RunningNeo4j>;
export function stopNeo4j(dataDir?: string, options?: { timeoutMs?: number }): Promise<boolean>;
