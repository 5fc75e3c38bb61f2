import { useEffect, useState } from 'react';
import { api, resultOf } from '../api/client';
import type { TenantExport } from '../api/audit';
import { saveDownload } from '../audit/download';
import { exportPercent, exportProgressText } from '../audit/export-progress';
import { Progress, ProblemView } from '../ui/feedback';
import { SaveProblem, useSave } from '../ui/save';

type Format = TenantExport['format'];
const FORMATS: readonly { readonly value: Format; readonly label: string }[] = [
  { value: 'json', label: 'JSON' },
  { value: 'csv', label: 'CSV' },
  { value: 'fhir', label: 'FHIR AuditEvents (Bundle)' },
];
const EXTENSIONS: Record<Format, string> = { json: 'json', csv: 'csv', fhir: 'json' };
/** How often the export's progress is read while it is written. */
const POLL_MS = 500;

/**
 * The tenant-wide export for the auditor: every case's timeline up to the chain entry current when it is asked for.
 * The file is written as it is downloaded (with the bearer token, saved from a Blob), and its progress is read
 * meanwhile.
 */
export function Exports() {
  const [format, setFormat] = useState<Format>('json');
  const [current, setCurrent] = useState<TenantExport>();
  const [saved, setSaved] = useState<number>();
  const create = useSave((asked: Format) => resultOf(api.POST('/audit/exports', { body: { format: asked } })));
  const download = useSave((exportId: string, asked: Format) =>
    saveDownload(
      api.GET('/audit/exports/{exportId}/content', { params: { path: { exportId } }, parseAs: 'blob' }),
      `export-${exportId}.${EXTENSIONS[asked]}`,
    ),
  );
  const downloading = download.saving;
  const exportId = current?.id;

  // While the file is written, its progress is read again and again; once more when it ends.
  useEffect(() => {
    if (!exportId) return undefined;
    let live = true;
    const read = async () => {
      const result = await resultOf(api.GET('/audit/exports/{exportId}', { params: { path: { exportId } } }));
      if (live && result.ok) setCurrent(result.data);
    };
    void read();
    if (!downloading) return () => void (live = false);
    const timer = window.setInterval(() => void read(), POLL_MS);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, [exportId, downloading]);

  const start = async () => {
    setSaved(undefined);
    const created = await create.run(format);
    if (!created.ok) return;
    setCurrent(created.data);
    const result = await download.run(created.data.id, created.data.format);
    if (result.ok) setSaved(result.data);
  };
  const again = async () => {
    if (!current) return;
    setSaved(undefined);
    const result = await download.run(current.id, current.format);
    if (result.ok) setSaved(result.data);
  };

  return (
    <>
      <h1>Exports</h1>
      <p>
        An export holds every case’s timeline in the tenant, up to the last chain entry when it is asked for: the same
        export reads the same every time.
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void start();
        }}
      >
        <label>
          Format
          <select value={format} onChange={(event) => setFormat(event.target.value as Format)}>
            {FORMATS.map((each) => (
              <option key={each.value} value={each.value}>
                {each.label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="primary" disabled={create.saving || downloading}>
          Export the tenant
        </button>
      </form>
      <Progress active={create.saving} label="Asking for the export" />
      {create.problem ? <SaveProblem problem={create.problem} subject="the export" /> : null}
      {current ? (
        <section aria-labelledby="export-title">
          <h2 id="export-title">Export {current.id.slice(0, 8)}</h2>
          <dl className="summary">
            <dt>Format</dt>
            <dd>{FORMATS.find((each) => each.value === current.format)?.label ?? current.format}</dd>
            <dt>Up to chain entry</dt>
            <dd>{current.upToSequence}</dd>
            <dt>Asked for</dt>
            <dd>
              <time dateTime={current.createdAt}>{new Date(current.createdAt).toLocaleString()}</time>
            </dd>
            {current.finishedAt ? (
              <>
                <dt>Finished</dt>
                <dd>
                  <time dateTime={current.finishedAt}>{new Date(current.finishedAt).toLocaleString()}</time>
                </dd>
              </>
            ) : null}
          </dl>
          <label className="export-progress">
            {exportProgressText(current)}
            <progress max={100} value={exportPercent(current.progress)} aria-valuetext={exportProgressText(current)} />
          </label>
          <p role="status" aria-live="polite" data-export-status={current.status}>
            {downloading ? 'Writing and downloading…' : null}
            {saved !== undefined ? `Downloaded: ${saved.toLocaleString()} bytes.` : null}
          </p>
          {download.problem ? <ProblemView problem={download.problem} retry={() => void again()} /> : null}
          {!downloading ? (
            <button type="button" onClick={() => void again()}>
              Download again
            </button>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
