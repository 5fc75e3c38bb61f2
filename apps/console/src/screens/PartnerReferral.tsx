import { useId } from 'react';
import { Link, useParams } from 'react-router';
import { api, resultOf } from '../api/client';
import { PATHS } from '../routes';
import { Progress, ProblemView } from '../ui/feedback';
import { useRemote, type Remote } from '../ui/remote';
import { ReferralActions, ReferralSummary, usePendingStatus } from './PartnerReferralParts';
import {
  historyText,
  label,
  movesFrom,
  recordedLate,
  type PartnerHistoryEntry,
  type PartnerReferral as Referral,
} from './partner-referrals';

/**
 * One referral sent to the partner's organisation: what was disclosed, the §2.32 notice, the moves its status allows,
 * and its history (read from the referral's own record, so a move made here shows at once).
 */
export function PartnerReferral() {
  const { referralId = '' } = useParams();
  const [referral, reloadReferral] = useRemote(
    () => resultOf(api.GET('/referral/partner/referrals/{referralId}', { params: { path: { referralId } } })),
    [referralId],
  );
  const [history, reloadHistory] = useRemote(
    () => resultOf(api.GET('/referral/partner/referrals/{referralId}/history', { params: { path: { referralId } } })),
    [referralId],
  );
  const reload = () => {
    reloadReferral();
    reloadHistory();
  };
  return (
    <>
      <p>
        <Link to={PATHS.inbox}>Back to the inbox</Link>
      </p>
      <Progress active={referral.state === 'loading'} label="Loading the referral" />
      {referral.state === 'failed' ? (
        <>
          <h1>Referral</h1>
          <ProblemView problem={referral.problem} retry={reload} />
        </>
      ) : null}
      {referral.state === 'ok' ? <Details referral={referral.data} history={history} reload={reload} /> : null}
    </>
  );
}

function Details({
  referral,
  history,
  reload,
}: {
  readonly referral: Referral;
  readonly history: Remote<{ readonly entries: readonly PartnerHistoryEntry[] }>;
  readonly reload: () => void;
}) {
  const titleId = useId();
  const { status, moved } = usePendingStatus(referral, reload);
  return (
    <article aria-labelledby={titleId} className="referral-detail">
      <h1 id={titleId}>
        Referral for {label(referral.need)} · <span className={`status status-${status}`}>{label(status)}</span>
      </h1>
      <ReferralSummary referral={referral} status={status} />
      <section aria-labelledby={`${titleId}-actions`}>
        <h2 id={`${titleId}-actions`}>What you can do</h2>
        {movesFrom(status).length === 0 ? <p>This referral has ended: nothing more can be recorded on it.</p> : null}
        <ReferralActions
          referral={referral}
          status={status}
          onMoved={(to) => {
            moved(to);
            reload();
          }}
          onReload={reload}
        />
      </section>
      <section aria-labelledby={`${titleId}-history`}>
        <h2 id={`${titleId}-history`}>History</h2>
        <Progress active={history.state === 'loading'} label="Loading the history" />
        {history.state === 'failed' ? <ProblemView problem={history.problem} retry={reload} /> : null}
        {history.state === 'ok' ? <History entries={history.data.entries} /> : null}
      </section>
    </article>
  );
}

function History({ entries }: { readonly entries: readonly PartnerHistoryEntry[] }) {
  return (
    <ol className="history">
      {entries.map((entry) => (
        <li key={`${entry.recordedAt}-${entry.status}`}>
          <time dateTime={entry.occurredAt}>{new Date(entry.occurredAt).toLocaleString()}</time>: {historyText(entry)}
          {recordedLate(entry) ? (
            <>
              {' '}
              (recorded <time dateTime={entry.recordedAt}>{new Date(entry.recordedAt).toLocaleString()}</time>)
            </>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
