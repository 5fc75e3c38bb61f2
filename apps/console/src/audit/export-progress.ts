import type { TenantExport } from '../api/audit';

/** How far an export has been written, 0 to 100, by entries (cases when it has no entries). */
export function exportPercent(progress: TenantExport['progress']): number {
  const [done, total] =
    progress.entriesTotal > 0
      ? [progress.entriesDone, progress.entriesTotal]
      : [progress.casesDone, progress.casesTotal];
  if (total <= 0) return 0;
  return Math.min(100, Math.max(0, Math.round((done / total) * 100)));
}

/** The export's state in words, as the progress bar's text. */
export function exportProgressText(exported: Pick<TenantExport, 'status' | 'progress'>): string {
  const { casesDone, casesTotal, entriesDone, entriesTotal } = exported.progress;
  const counts = `${casesDone} of ${casesTotal} cases, ${entriesDone} of ${entriesTotal} entries`;
  switch (exported.status) {
    case 'ready':
      return `Ready to write: ${casesTotal} cases, ${entriesTotal} entries`;
    case 'running':
      return `Writing: ${counts}`;
    case 'done':
      return `Done: ${counts}`;
    case 'interrupted':
      return `Interrupted after ${counts}; download again to write it whole`;
  }
}

/** The file name a download is saved under: the server's (Content-Disposition) or the fallback. */
export function fileNameOf(contentDisposition: string | null, fallback: string): string {
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(contentDisposition ?? '');
  const name = match?.[1] ? decodeURIComponent(match[1]).replace(/[\\/]/g, '_') : '';
  return name || fallback;
}
