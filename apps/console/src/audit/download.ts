import type { Result } from '../api/client';
import { NETWORK_PROBLEM, problemOf } from '../api/client';
import { fileNameOf } from './export-progress';

/**
 * Saves what an authorised read answered as a file: the answer is read with the bearer token (a plain link could not
 * carry it), held as a Blob and saved through an object URL that is released right after. Returns the bytes saved.
 */
export async function saveDownload(
  call: Promise<{ data?: Blob; error?: unknown; response: Response }>,
  fallbackName: string,
): Promise<Result<number>> {
  try {
    const { data, error, response } = await call;
    if (!response.ok || !data) return { ok: false, problem: problemOf(response.status, error) };
    const url = URL.createObjectURL(data);
    try {
      const link = document.createElement('a');
      link.href = url;
      link.download = fileNameOf(response.headers.get('content-disposition'), fallbackName);
      document.body.append(link);
      link.click();
      link.remove();
    } finally {
      // Released after the click has handed the file over.
      window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
    }
    return { ok: true, data: data.size };
  } catch {
    return { ok: false, problem: NETWORK_PROBLEM };
  }
}
