import type { components } from '../../api/schema';

type Referral = components['schemas']['CaseReferralDto'];

const label = (value: string): string => value.replace(/_/g, ' ');

/** A case's referrals, newest first, each with its course: every status it reached and when. */
export function Referrals({ referrals }: { readonly referrals: readonly Referral[] }) {
  if (referrals.length === 0) return <p>No referral yet.</p>;
  return (
    <ul className="referrals">
      {referrals.map((referral) => (
        <li key={referral.referralId}>
          <strong>{label(referral.need)}</strong> · {label(referral.status)}
          {referral.requestedAt ? ` · sent ${new Date(referral.requestedAt).toLocaleDateString()}` : ''}
          {referral.answerDueAt && referral.status === 'requested'
            ? ` · answer due ${new Date(referral.answerDueAt).toLocaleDateString()}`
            : ''}
          {referral.reason ? ` · ${label(referral.reason)}` : ''}
          {referral.deliveredOn ? ` · delivered ${referral.deliveredOn}` : ''}
          {referral.followUpDueOn && !referral.followUpResult ? ` · follow up by ${referral.followUpDueOn}` : ''}
          {referral.followUpResult ? ` · followed up: ${label(referral.followUpResult)}` : ''}
          {referral.disclosure ? ` · disclosed: ${referral.disclosure.fields.join(', ')}` : ''}
          {referral.outcome ? (
            <p>
              <strong>Delivered:</strong> {referral.outcome}
            </p>
          ) : null}
          <table className="plain">
            <caption>Status history of the {label(referral.need)} referral</caption>
            <thead>
              <tr>
                <th scope="col">Status</th>
                <th scope="col">By</th>
                <th scope="col">When</th>
                <th scope="col">Recorded</th>
                <th scope="col">Detail</th>
              </tr>
            </thead>
            <tbody>
              {referral.history.map((entry, index) => (
                <tr key={`${entry.status}-${index}`}>
                  <td>{label(entry.status)}</td>
                  <td>{entry.party === 'requester' ? 'the agency' : 'the partner'}</td>
                  <td>
                    <time dateTime={entry.occurredAt}>{new Date(entry.occurredAt).toLocaleString()}</time>
                  </td>
                  <td>
                    <time dateTime={entry.recordedAt}>{new Date(entry.recordedAt).toLocaleString()}</time>
                  </td>
                  <td>
                    {entry.reason ? label(entry.reason) : ''}
                    {entry.deliveredOn ? `delivered ${entry.deliveredOn}` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </li>
      ))}
    </ul>
  );
}
