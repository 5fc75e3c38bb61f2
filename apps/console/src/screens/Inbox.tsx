import { useId, useState, type FormEvent } from 'react';
import { api, resultOf, type Problem } from '../api/client';
import type { components } from '../api/schema';
import { Progress, ProblemView } from '../ui/feedback';
import { useRemote } from '../ui/remote';

type Referral = components['schemas']['PartnerReferralDto'];
type Reason = components['schemas']['RejectReferralRequestDto']['reason'];

const REASONS: readonly { readonly value: Reason; readonly label: string }[] = [
  { value: 'lack_of_capacity', label: 'No capacity' },
  { value: 'not_eligible', label: 'Not eligible' },
  { value: 'unable_to_contact_client', label: 'Could not reach the client' },
  { value: 'client_refused_services', label: 'The client refused services' },
  { value: 'services_no_longer_needed', label: 'Services no longer needed' },
  { value: 'unable_to_contact_organization', label: 'Could not reach the referring agency' },
  { value: 'other', label: 'Other (say why)' },
];

const FIELD_LABELS: Readonly<Record<string, string>> = {
  name: 'Name',
  dateOfBirth: 'Date of birth',
  preferredLanguage: 'Preferred language',
  phone: 'Phone',
  housingNeed: 'Housing need',
  benefitsNeed: 'Benefits need',
  mentalHealthNeed: 'Mental health need',
  substanceUseNeed: 'Substance use need',
  medicalNeed: 'Medical need',
};

const label = (value: string): string => value.replace(/_/g, ' ');

/** The provider partner's inbox: the referrals sent to their organisation, with only what was disclosed. */
export function Inbox() {
  const [inbox, reload] = useRemote(() => resultOf(api.GET('/referral/partner/referrals', {})), []);
  return (
    <>
      <h1>Referral inbox</h1>
      <Progress active={inbox.state === 'loading'} label="Loading the referrals" />
      {inbox.state === 'failed' ? <ProblemView problem={inbox.problem} retry={reload} /> : null}
      {inbox.state === 'ok' && inbox.data.referrals.length === 0 ? <p>No referral has been sent to you.</p> : null}
      {inbox.state === 'ok' ? (
        <ul className="referrals">
          {[...inbox.data.referrals].reverse().map((referral) => (
            <li key={referral.referralId}>
              <ReferralCard referral={referral} onChanged={reload} />
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

function ReferralCard({ referral, onChanged }: { readonly referral: Referral; readonly onChanged: () => void }) {
  const titleId = useId();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState<Reason>('lack_of_capacity');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem>();
  // The inbox is a read model that follows the answer within moments: shown as answered until it has.
  const [answered, setAnswered] = useState<'accepted' | 'rejected'>();
  const status = referral.status === 'requested' && answered ? answered : referral.status;
  const path = { referralId: referral.referralId };

  const act = async (
    outcome: 'accepted' | 'rejected',
    call: () => Promise<{ response: Response; error?: unknown; data?: unknown }>,
  ) => {
    setBusy(true);
    setProblem(undefined);
    const result = await resultOf(call());
    setBusy(false);
    if (!result.ok) {
      setProblem(result.problem);
      // Someone else answered first: show the referral as it is now.
      if (result.problem.status === 409) onChanged();
      return;
    }
    setRejecting(false);
    setAnswered(outcome);
    window.setTimeout(onChanged, 1_000);
  };
  const reject = (event: FormEvent) => {
    event.preventDefault();
    void act('rejected', () =>
      api.POST('/referral/partner/referrals/{referralId}/reject', {
        params: { path },
        body: { reason, ...(note.trim() ? { note: note.trim() } : {}) },
      }),
    );
  };
  const values = referral.disclosure.values ?? {};
  return (
    <article aria-labelledby={titleId} className="referral">
      <h2 id={titleId}>
        {label(referral.need)} · <span className={`status status-${status}`}>{label(status)}</span>
      </h2>
      <dl className="summary">
        {referral.requestedAt ? (
          <>
            <dt>Sent</dt>
            <dd>{new Date(referral.requestedAt).toLocaleString()}</dd>
          </>
        ) : null}
        {referral.answerDueAt && status === 'requested' ? (
          <>
            <dt>Answer by</dt>
            <dd>{new Date(referral.answerDueAt).toLocaleString()}</dd>
          </>
        ) : null}
        {referral.disclosure.fields.map((field) => (
          <div key={field} className="pair">
            <dt>{FIELD_LABELS[field] ?? field}</dt>
            <dd>{values[field] ?? '(erased)'}</dd>
          </div>
        ))}
        {referral.reason ? (
          <>
            <dt>Reason</dt>
            <dd>{label(referral.reason)}</dd>
          </>
        ) : null}
      </dl>
      <p className="note">{referral.disclosure.redisclosureNotice}</p>
      {status === 'requested' ? (
        <div className="actions">
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() =>
              void act('accepted', () =>
                api.POST('/referral/partner/referrals/{referralId}/accept', { params: { path } }),
              )
            }
          >
            Accept
          </button>
          <button type="button" disabled={busy} aria-expanded={rejecting} onClick={() => setRejecting(!rejecting)}>
            Reject…
          </button>
        </div>
      ) : null}
      {rejecting ? (
        <form onSubmit={reject} aria-label="Reject the referral">
          <label>
            Reason
            <select value={reason} onChange={(event) => setReason(event.target.value as Reason)}>
              {REASONS.map((each) => (
                <option key={each.value} value={each.value}>
                  {each.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Note
            <textarea value={note} onChange={(event) => setNote(event.target.value)} rows={2} />
          </label>
          <button type="submit" disabled={busy}>
            Reject the referral
          </button>
        </form>
      ) : null}
      <Progress active={busy} label="Saving" />
      {problem ? (
        <p role="alert" className="error">
          {problem.status === 409
            ? 'The referral changed in the meantime; it has been reloaded.'
            : `Not saved: ${problem.message}`}
        </p>
      ) : null}
    </article>
  );
}
