import type { ExportedFile } from '../api/graph-transfer';

/**
 * Hands one file to the browser as a download: a Blob URL behind a temporary link. The URL is
 * released a moment later, once the browser has started reading it.
 */
export function downloadFile(file: ExportedFile): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Browsers take one download per link click at a time: links clicked in the same task are
 * dropped but for the last. A short pause between files lets each one start.
 */
const PAUSE_BETWEEN_DOWNLOADS_MS = 250;

/** Downloads several files one after another; resolves once every download has been handed over. */
export async function downloadFiles(files: readonly ExportedFile[]): Promise<void> {
  for (const [index, file] of files.entries()) {
    if (index > 0) await new Promise((resolve) => setTimeout(resolve, PAUSE_BETWEEN_DOWNLOADS_MS));
    downloadFile(file);
  }
}
