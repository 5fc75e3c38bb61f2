import { useId } from 'react';
import { Link, useParams } from 'react-router';
import { api, resultOf } from '../api/client';
import { PATHS } from '../routes';
import { Progress, ProblemView } from '../ui/feedback';
import { useRemote } from '../ui/remote';
import { ReferralActions, ReferralSummary, usePendingStatus } from './PartnerReferralParts';
import { label, movesFrom, type PartnerReferral as Referral } from './partner-referrals';

/**
 * One referral sent to the partner's organisation: what was disclosed, the §2.32 notice, and the moves its status
 * allows. The partner's API gives the referral as it stands, not its history, so no history is shown here.
 */
export function PartnerReferral() {
  const { referralId = '' } = useParams();
  const [referral, reload] = useRemote(
    () => resultOf(api.GET('/referral/partner/referrals/{referralId}', { params: { path: { referralId } } })),
    [referralId],
  );
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
      {referral.state === 'ok' ? <Details referral={referral.data} reload={reload} /> : null}
    </>
  );
}

function Details({ referral, reload }: { readonly referral: Referral; readonly reload: () => void }) {
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
        <ReferralActions referral={referral} status={status} onMoved={moved} onReload={reload} />
      </section>
    </article>
  );
}
