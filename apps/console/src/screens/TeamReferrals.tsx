import { Link } from 'react-router';
import { casePath } from '../routes';
import { escalatedReferrals, pendingReferrals } from './team-risk';
import { TeamWorklistScreen } from './team-worklist';
import { KIND_LABELS, overdueText, type WorklistItem } from './worklist-groups';

/**
 * Referrals of the team's cases that need the supervisor: the provider has not answered in time (escalated to the
 * team's supervisors), or the follow-up with the client is overdue; and, below, those still within their time.
 */
export function TeamReferrals() {
  return (
    <TeamWorklistScreen title="Escalated referrals" loading="Loading the team’s referrals">
      {(items) => (
        <>
          <section aria-labelledby="escalated-title">
            <h2 id="escalated-title">Escalated or overdue</h2>
            <ReferralTable
              items={escalatedReferrals(items)}
              empty="No referral of the team is escalated or overdue."
              caption="longest overdue first"
            />
          </section>
          <section aria-labelledby="pending-title">
            <h2 id="pending-title">Awaiting an answer or follow-up, not yet due</h2>
            <ReferralTable
              items={pendingReferrals(items)}
              empty="No other referral of the team awaits an answer or a follow-up."
              caption="soonest due first"
            />
          </section>
        </>
      )}
    </TeamWorklistScreen>
  );
}

function ReferralTable({
  items,
  empty,
  caption,
}: {
  readonly items: readonly WorklistItem[];
  readonly empty: string;
  readonly caption: string;
}) {
  if (items.length === 0) return <p>{empty}</p>;
  return (
    <>
      <p>
        {items.length} {items.length === 1 ? 'referral' : 'referrals'}, {caption}.
      </p>
      <table className="plain">
        <thead>
          <tr>
            <th scope="col">What is late</th>
            <th scope="col">Case</th>
            <th scope="col">Referral</th>
            <th scope="col">Case manager</th>
            <th scope="col">Due</th>
            <th scope="col">Overdue by</th>
            <th scope="col">Escalated</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={`${item.kind}:${item.referralId ?? item.caseId}`}>
              <td>{KIND_LABELS[item.kind]}</td>
              <td>
                <Link to={casePath(item.caseId)}>case {item.caseId.slice(0, 8)}</Link>
              </td>
              <td>{item.referralId ? item.referralId.slice(0, 8) : '—'}</td>
              <td>{item.caseManagerId ?? 'unassigned'}</td>
              <td>
                <time dateTime={item.dueAt}>{new Date(item.dueAt).toLocaleString()}</time>
              </td>
              <td>{item.overdueBy > 0 ? overdueText(item.overdueBy) : 'not yet'}</td>
              <td>
                {item.escalation ? (
                  <>
                    to the team’s supervisors since{' '}
                    <time dateTime={item.escalation.since}>{new Date(item.escalation.since).toLocaleString()}</time>
                  </>
                ) : (
                  'no'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
