import { cpus, loadavg, totalmem } from 'node:os';
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

/**
 * The facts a results file opens with: the command that made it, when it ran, and the machine; with
 * `loadAverage`, also how busy the machine was at the end, for latencies other work can disturb.
 * Lines of markdown, ending with a blank one.
 */
export function describeRun(command: string, options: { loadAverage?: boolean } = {}): string[] {
  const load = `- Load average (1, 5, 15 min) at the end: ${loadavg().map((n) => n.toFixed(1)).join(', ')}; other work may share the machine`;
  return [`Command: \`${command}\``, '', `Run: ${new Date().toISOString()}`, '', '## Machine', '', describeMachine(), ...(options.loadAverage ? [load] : []), ''];
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
