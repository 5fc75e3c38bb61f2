import { useState } from 'react';
import { api, resultOf } from '../api/client';
import type { ChainVerification as Verification } from '../api/audit';
import { Progress, ProblemView } from '../ui/feedback';
import { useSave } from '../ui/save';

/**
 * The auditor's check of the tenant's hash chain: every entry's hash recomputed from its event and the previous
 * entry's hash. Shows whether the chain is intact, how many entries were checked, the head to keep elsewhere, and
 * otherwise the first entry at fault and why; and when this check was made.
 */
export function ChainVerification() {
  const [answer, setAnswer] = useState<{ readonly result: Verification; readonly at: Date }>();
  const verify = useSave(() => resultOf(api.GET('/audit/verify', {})));
  const run = async () => {
    const result = await verify.run();
    if (result.ok) setAnswer({ result: result.data, at: new Date() });
  };
  return (
    <>
      <h1>Chain verification</h1>
      <p>
        Recomputes the hash of every entry of the tenant’s audit chain from its stored event and the entry before it,
        and names the first entry that was altered, is missing or is out of order.
      </p>
      <button type="button" className="primary" onClick={() => void run()} disabled={verify.saving}>
        {answer ? 'Verify again' : 'Verify the chain'}
      </button>
      <Progress active={verify.saving} label="Verifying the chain, entry by entry" />
      {verify.problem ? <ProblemView problem={verify.problem} retry={() => void run()} /> : null}
      {answer ? <Outcome result={answer.result} at={answer.at} /> : null}
    </>
  );
}

function Outcome({ result, at }: { readonly result: Verification; readonly at: Date }) {
  const problem = result.firstProblem;
  return (
    <section aria-labelledby="outcome-title" aria-live="polite">
      <h2 id="outcome-title" className={result.valid ? undefined : 'error'}>
        {result.valid ? 'The chain is intact' : 'The chain is broken'}
      </h2>
      <dl className="summary">
        <dt>Verified</dt>
        <dd>
          <time dateTime={at.toISOString()}>{at.toLocaleString()}</time>
        </dd>
        <dt>Entries checked</dt>
        <dd>{result.entriesChecked}</dd>
        {result.head ? (
          <>
            <dt>Head</dt>
            <dd>
              entry {result.head.sequence}, hash <code>{result.head.hash}</code>
            </dd>
          </>
        ) : null}
        {problem ? (
          <>
            <dt>First broken entry</dt>
            <dd>
              position {problem.sequence}
              {problem.eventId ? (
                <>
                  {' '}
                  (event <code>{problem.eventId}</code>)
                </>
              ) : null}
            </dd>
            <dt>Why</dt>
            <dd>
              {problem.kind}: {problem.detail}
            </dd>
          </>
        ) : null}
      </dl>
      {result.valid ? (
        <p>Entries removed from the end can only be proven against a head kept elsewhere: keep the hash above.</p>
      ) : null}
    </section>
  );
}
