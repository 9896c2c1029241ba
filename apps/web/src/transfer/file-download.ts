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
