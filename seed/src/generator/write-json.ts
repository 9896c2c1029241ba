import { once } from 'node:events';
import type { EcosystemStream } from './generate-ecosystem';

/** Where the JSON goes: a callback that may return a promise (e.g. to wait for a stream to drain). */
export type JsonSink = (chunk: string) => void | Promise<void>;

export interface WrittenCounts {
  nodes: number;
  relationships: number;
}

const CHUNK_CHARS = 1 << 20;

/**
 * Writes `{ "nodes": [...], "relationships": [...] }`, one item per line, in chunks of about a
 * megabyte, never holding more than one chunk: a 100k ecosystem (≈1M relationships) streams in
 * constant memory. The text is the same for the same seed and options.
 */
export async function writeEcosystemJson(
  ecosystem: EcosystemStream,
  sink: JsonSink,
  onItem?: (item: { kind?: string; type?: string } & Record<string, unknown>, section: 'nodes' | 'relationships') => void,
): Promise<WrittenCounts> {
  let parts: string[] = [];
  let chars = 0;
  /** Hands a full chunk to the sink; only then is there anything to wait for. */
  const flush = (): void | Promise<void> => {
    const chunk = parts.join('');
    parts = [];
    chars = 0;
    return sink(chunk);
  };
  const push = (text: string): void | Promise<void> => {
    parts.push(text);
    chars += text.length;
    return chars >= CHUNK_CHARS ? flush() : undefined;
  };
  const counts: WrittenCounts = { nodes: 0, relationships: 0 };
  await push('{"nodes":[');
  for (const node of ecosystem.nodes()) {
    const pending = push(`${counts.nodes === 0 ? '\n' : ',\n'}${JSON.stringify(node)}`);
    if (pending) await pending;
    onItem?.(node as never, 'nodes');
    counts.nodes++;
  }
  await push('\n],"relationships":[');
  for (const rel of ecosystem.relationships()) {
    const pending = push(`${counts.relationships === 0 ? '\n' : ',\n'}${JSON.stringify(rel)}`);
    if (pending) await pending;
    onItem?.(rel as never, 'relationships');
    counts.relationships++;
  }
  await push('\n]}\n');
  if (chars > 0) await flush();
  return counts;
}

/** A sink that respects back-pressure: it waits for 'drain' when the stream's buffer is full. */
export function streamSink(stream: NodeJS.WritableStream): (chunk: string) => Promise<void> | void {
  return (chunk) => {
    if (!stream.write(chunk)) return once(stream, 'drain').then(() => undefined);
  };
}

