import { cpus, totalmem } from 'node:os';
import { readFileSync } from 'node:fs';

/** What a result ran on, written next to every benchmark result. */
export function describeMachine(): string {
  const cpu = cpus();
  return [
    `- CPU: ${cpu[0]?.model ?? 'unknown'}, ${cpu.length} cores`,
    `- Memory: ${Math.round(totalmem() / 2 ** 30)} GiB`,
    `- Node.js ${process.version} on ${process.platform} ${process.arch}`,
  ].join('\n');
}

/** Peak resident memory (VmHWM) of another process, in KB; 0 when it cannot be read. */
export function peakRssOfPid(pid: number): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}
