import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { api, resultOf, type Result } from '../api/client';
import type { components } from '../api/schema';
import { Progress } from '../ui/feedback';
import { SaveProblem, useSave } from '../ui/save';
import {
  PARTNER_MOVES,
  afterMove,
  label,
  localDate,
  movesFrom,
  shownStatus,
  type PartnerMove,
  type PartnerReferral,
  type PendingMove,
} from './partner-referrals';

type Reason = components['schemas']['RejectReferralRequestDto']['reason'];
type WriteAnswer = components['schemas']['ReferralWriteResponseDto'];

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

/** What was disclosed to the organisation, and what it needs to act; nothing else about the client. */
export function ReferralSummary({ referral, status }: { readonly referral: PartnerReferral; readonly status: string }) {
  const values = referral.disclosure.values ?? {};
  return (
    <>
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
        {referral.deliveredOn ? (
          <>
            <dt>Delivered on</dt>
            <dd>{referral.deliveredOn}</dd>
          </>
        ) : null}
        {referral.disclosure.consentRevokedAt ? (
          <>
            <dt>Consent revoked</dt>
            <dd>
              {new Date(referral.disclosure.consentRevokedAt).toLocaleString()}: nothing more will be disclosed under it
            </dd>
          </>
        ) : null}
      </dl>
      <p className="note">{referral.disclosure.redisclosureNotice}</p>
    </>
  );
}

/** The status of a referral as the screen shows it, with the moves made here that the inbox has not caught up on. */
export function usePendingStatus(
  referral: PartnerReferral,
  reload: () => void,
): { readonly status: string; readonly moved: (to: PendingMove['to']) => void } {
  const [pending, setPending] = useState<PendingMove>();
  const polls = useRef(0);
  const latestReload = useRef(reload);
  latestReload.current = reload;
  const status = shownStatus(referral, pending);
  const waiting = pending !== undefined && status !== referral.status;
  // The inbox follows a move within moments: read it again until it shows the move, a few times at most.
  useEffect(() => {
    if (!waiting) {
      polls.current = 0;
      return undefined;
    }
    if (polls.current >= 20) return undefined;
    const timer = window.setTimeout(() => {
      polls.current += 1;
      latestReload.current();
    }, 500);
    return () => window.clearTimeout(timer);
  }, [waiting, referral]);
  return { status, moved: (to) => setPending(afterMove(referral, pending, to)) };
}

interface Drafts {
  readonly rejectReason: Reason;
  readonly rejectNote: string;
  readonly holdNote: string;
  readonly failReason: Reason;
  readonly failNote: string;
  readonly deliveredOn: string;
  readonly outcome: string;
}

const MOVE_BUTTONS: Readonly<Record<PartnerMove, string>> = {
  accept: 'Accept',
  reject: 'Reject…',
  start: 'Start the service',
  complete: 'Complete…',
  hold: 'Put on hold…',
  fail: 'Record a failure…',
};

// The moves that ask for something first open a form; the others are one click.
const WITH_FORM: ReadonlySet<PartnerMove> = new Set(['reject', 'hold', 'fail', 'complete']);

/**
 * The moves the referral's status allows, each a button, those that need input opening a small form. A refused save
 * keeps the form as typed; a 409 (someone answered first) says so and offers to reload the referral under the form.
 */
export function ReferralActions({
  referral,
  status,
  onMoved,
  onReload,
}: {
  readonly referral: PartnerReferral;
  /** The status as shown (moves made here included). */
  readonly status: string;
  readonly onMoved: (to: PendingMove['to']) => void;
  readonly onReload: () => void;
}) {
  const formId = useId();
  const [open, setOpen] = useState<PartnerMove>();
  const [done, setDone] = useState<PartnerMove>();
  const [drafts, setDrafts] = useState<Drafts>(() => ({
    rejectReason: 'lack_of_capacity',
    rejectNote: '',
    holdNote: '',
    failReason: 'unable_to_contact_client',
    failNote: '',
    deliveredOn: localDate(new Date()),
    outcome: '',
  }));
  const edit = (change: Partial<Drafts>) => setDrafts((current) => ({ ...current, ...change }));
  const path = { referralId: referral.referralId };
  const optional = (text: string) => (text.trim() ? { note: text.trim() } : {});
  const save = useSave((move: PartnerMove): Promise<Result<WriteAnswer>> => {
    const params = { path };
    switch (move) {
      case 'accept':
        return resultOf(api.POST('/referral/partner/referrals/{referralId}/accept', { params }));
      case 'start':
        return resultOf(api.POST('/referral/partner/referrals/{referralId}/start', { params }));
      case 'reject':
        return resultOf(
          api.POST('/referral/partner/referrals/{referralId}/reject', {
            params,
            body: { reason: drafts.rejectReason, ...optional(drafts.rejectNote) },
          }),
        );
      case 'hold':
        return resultOf(
          api.POST('/referral/partner/referrals/{referralId}/hold', { params, body: optional(drafts.holdNote) }),
        );
      case 'fail':
        return resultOf(
          api.POST('/referral/partner/referrals/{referralId}/fail', {
            params,
            body: { reason: drafts.failReason, ...optional(drafts.failNote) },
          }),
        );
      case 'complete':
        return resultOf(
          api.POST('/referral/partner/referrals/{referralId}/complete', {
            params,
            body: { deliveredOn: drafts.deliveredOn, outcome: drafts.outcome.trim() },
          }),
        );
    }
  });

  const run = async (move: PartnerMove) => {
    setDone(undefined);
    const result = await save.run(move);
    if (!result.ok) return;
    setOpen(undefined);
    setDone(move);
    onMoved(PARTNER_MOVES[move].to);
  };
  const submit = (move: PartnerMove) => (event: FormEvent) => {
    event.preventDefault();
    void run(move);
  };

  const moves = movesFrom(status);
  const { saving, problem } = save;
  const fieldError = (field: string, id: string) => {
    const reasons = save.reasonsOf(field);
    return reasons ? (
      <p id={id} className="field-error">
        {reasons}
      </p>
    ) : null;
  };
  const described = (field: string, id: string) =>
    save.reasonsOf(field) ? { 'aria-invalid': true, 'aria-describedby': id } : {};
  const cancel = (
    <button type="button" onClick={() => setOpen(undefined)} disabled={saving}>
      Cancel
    </button>
  );

  /** Rejecting and failing both ask for a reason and, for "other", a note. */
  const reasonForm = (move: 'reject' | 'fail', label: string, submitText: string) => {
    const reason = move === 'reject' ? drafts.rejectReason : drafts.failReason;
    const note = move === 'reject' ? drafts.rejectNote : drafts.failNote;
    const noteError = `${formId}-${move}-note-error`;
    return (
      <form id={`${formId}-${move}`} onSubmit={submit(move)} aria-label={label}>
        <label>
          Reason
          <select
            value={reason}
            onChange={(event) =>
              edit(
                move === 'reject'
                  ? { rejectReason: event.target.value as Reason }
                  : { failReason: event.target.value as Reason },
              )
            }
          >
            {REASONS.map((each) => (
              <option key={each.value} value={each.value}>
                {each.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Note
          <textarea
            value={note}
            onChange={(event) =>
              edit(move === 'reject' ? { rejectNote: event.target.value } : { failNote: event.target.value })
            }
            rows={2}
            required={reason === 'other'}
            {...described('note', noteError)}
          />
        </label>
        {fieldError('note', noteError)}
        <div className="actions">
          <button type="submit" className="primary" disabled={saving}>
            {submitText}
          </button>
          {cancel}
        </div>
      </form>
    );
  };

  return (
    <div className="referral-actions">
      {moves.length > 0 ? (
        <div className="actions">
          {moves.map((move) =>
            WITH_FORM.has(move) ? (
              <button
                key={move}
                type="button"
                disabled={saving}
                aria-expanded={open === move}
                aria-controls={open === move ? `${formId}-${move}` : undefined}
                onClick={() => {
                  save.clear();
                  setOpen(open === move ? undefined : move);
                }}
              >
                {MOVE_BUTTONS[move]}
              </button>
            ) : (
              <button key={move} type="button" className="primary" disabled={saving} onClick={() => void run(move)}>
                {MOVE_BUTTONS[move]}
              </button>
            ),
          )}
        </div>
      ) : null}
      {/* An open form stays open whatever the status turns out to be, so what was typed is never lost. */}
      {open === 'reject' ? reasonForm('reject', 'Reject the referral', 'Reject the referral') : null}
      {open === 'hold' ? (
        <form id={`${formId}-hold`} onSubmit={submit('hold')} aria-label="Put the referral on hold">
          <label>
            Why (optional)
            <textarea value={drafts.holdNote} onChange={(event) => edit({ holdNote: event.target.value })} rows={2} />
          </label>
          <div className="actions">
            <button type="submit" className="primary" disabled={saving}>
              Put the referral on hold
            </button>
            {cancel}
          </div>
        </form>
      ) : null}
      {open === 'fail' ? reasonForm('fail', 'Record that the referral failed', 'Record the failure') : null}
      {open === 'complete' ? (
        <form id={`${formId}-complete`} onSubmit={submit('complete')} aria-label="Complete the referral">
          <label>
            Delivered on
            <input
              type="date"
              value={drafts.deliveredOn}
              max={localDate(new Date())}
              required
              onChange={(event) => edit({ deliveredOn: event.target.value })}
              {...described('deliveredOn', `${formId}-delivered-error`)}
            />
          </label>
          {fieldError('deliveredOn', `${formId}-delivered-error`)}
          <label>
            Outcome: what was delivered
            <textarea
              value={drafts.outcome}
              onChange={(event) => edit({ outcome: event.target.value })}
              rows={3}
              required
              {...described('outcome', `${formId}-outcome-error`)}
            />
          </label>
          {fieldError('outcome', `${formId}-outcome-error`)}
          <div className="actions">
            <button type="submit" className="primary" disabled={saving}>
              Complete the referral
            </button>
            {cancel}
          </div>
        </form>
      ) : null}
      <Progress active={saving} label="Saving" />
      {done && !problem ? (
        <p role="status" className="saved">
          Saved: the referral is now {label(PARTNER_MOVES[done].to)}.
        </p>
      ) : null}
      {problem ? <SaveProblem problem={problem} subject="the referral" onReload={onReload} /> : null}
    </div>
  );
}
