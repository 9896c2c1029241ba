/** A server the benchmark starts as its own process, and stops when done. */
import { ChildProcess, spawn } from 'node:child_process';

export interface ChildServer {
  url: string;
  pid: number;
  output(): string;
  stop(): Promise<void>;
}

/**
 * Spawns `node <args>` and waits until `readyUrl` answers 200 (or the child prints `readyLine`).
 * The child's output is kept to explain a failure.
 */
export async function startChildServer(options: {
  args: string[];
  env: Record<string, string>;
  url: string;
  readyUrl: string;
  /** Sent with the readiness probe, e.g. the header Apollo's CSRF prevention asks of a GET. */
  readyHeaders?: Record<string, string>;
  cwd: string;
  timeoutMs?: number;
}): Promise<ChildServer> {
  const child: ChildProcess = spawn(process.execPath, options.args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output = (output + chunk).slice(-20_000)));
  child.stderr?.on('data', (chunk) => (output = (output + chunk).slice(-20_000)));
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${options.args.join(' ')} exited (${child.exitCode}):\n${output}`);
    const ready = await fetch(options.readyUrl, { headers: options.readyHeaders }).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) throw new Error(`${options.args.join(' ')} was not ready in time:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url: options.url,
    pid: child.pid ?? 0,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        // Gone already: exited (exitCode) or killed (signalCode, with exitCode null).
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
