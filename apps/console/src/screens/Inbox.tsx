import { useId, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, resultOf, type Problem } from '../api/client';
import type { components } from '../api/schema';
import { PATHS, inboxReferralPath } from '../routes';
import { Progress, ProblemView } from '../ui/feedback';
import { useRemote } from '../ui/remote';
import { ReferralActions, ReferralSummary, usePendingStatus } from './PartnerReferralParts';
import { PARTNER_STATUSES, label, withPage, type PartnerReferral, type PartnerStatus } from './partner-referrals';

type Next = components['schemas']['PartnerInboxNextDto'];

const PAGE_SIZE = 25;

const statusOf = (value: string | null): PartnerStatus | undefined =>
  PARTNER_STATUSES.find((status) => status.value === value)?.value;

/**
 * The provider partner's inbox: the referrals sent to their organisation, with only what was disclosed, the one
 * waiting longest first; filtered by status (kept in the address, so a reload keeps it) and read a page at a time.
 */
export function Inbox() {
  const [params, setParams] = useSearchParams();
  const status = statusOf(params.get('status'));
  const [counts, reloadCounts] = useRemote(() => resultOf(api.GET('/referral/partner/referral-counts', {})), []);
  const [first, reloadFirst] = useRemote(
    () =>
      resultOf(
        api.GET('/referral/partner/referrals', {
          params: { query: { limit: PAGE_SIZE, ...(status ? { status } : {}) } },
        }),
      ),
    [status],
  );
  // Pages read after the first, for this filter; a reload reads the first again and keeps these.
  const [more, setMore] = useState<{
    readonly status: PartnerStatus | undefined;
    readonly referrals: readonly PartnerReferral[];
    readonly next: Next | null;
  }>();
  const [reading, setReading] = useState(false);
  const [moreProblem, setMoreProblem] = useState<Problem>();
  const further = more?.status === status ? more : undefined;
  const reload = () => {
    reloadFirst();
    reloadCounts();
  };
  const countOf = (value: PartnerStatus | undefined): number | undefined => {
    if (counts.state !== 'ok') return undefined;
    if (!value) return counts.data.total;
    return counts.data.statuses.find((each) => each.status === value)?.count;
  };

  const choose = (chosen: string) => {
    setMore(undefined);
    setMoreProblem(undefined);
    setParams(chosen ? { status: chosen } : {});
  };

  const next = further ? further.next : first.state === 'ok' ? first.data.next : null;
  const readMore = async () => {
    if (!next) return;
    setReading(true);
    setMoreProblem(undefined);
    const page = await resultOf(
      api.GET('/referral/partner/referrals', {
        params: { query: { limit: PAGE_SIZE, ...next, ...(status ? { status } : {}) } },
      }),
    );
    setReading(false);
    if (!page.ok) {
      setMoreProblem(page.problem);
      return;
    }
    setMore({ status, referrals: withPage(further?.referrals ?? [], page.data.referrals), next: page.data.next });
  };

  const shown = first.state === 'ok' ? withPage(first.data.referrals, further?.referrals ?? []) : [];
  const statusLabel = PARTNER_STATUSES.find((each) => each.value === status)?.label;
  return (
    <>
      <h1>Referral inbox</h1>
      {counts.state === 'ok' && counts.data.total > 0 ? (
        <ul className="counts" aria-label="Counts">
          {PARTNER_STATUSES.filter((each) => (countOf(each.value) ?? 0) > 0).map((each) => (
            <li key={each.value} className="count">
              <Link
                to={`${PATHS.inbox}?status=${each.value}`}
                aria-current={each.value === status ? 'true' : undefined}
              >
                <strong>{countOf(each.value)}</strong> {each.label.toLowerCase()}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      <StatusFilter key={status ?? ''} status={status} countOf={countOf} onChoose={choose} />
      <Progress active={first.state === 'loading'} label="Loading the referrals" />
      {first.state === 'failed' ? <ProblemView problem={first.problem} retry={reload} /> : null}
      {first.state === 'ok' ? (
        <p role="status">
          {shown.length === 0
            ? status
              ? `No referral is ${statusLabel?.toLowerCase() ?? status}.`
              : 'No referral has been sent to you.'
            : `${shown.length} ${shown.length === 1 ? 'referral' : 'referrals'}${
                statusLabel ? `: ${statusLabel.toLowerCase()}` : ''
              }${next ? ', more to read' : ''}, the one changed longest ago first.`}
        </p>
      ) : null}
      {shown.length > 0 ? (
        <ul className="referrals">
          {shown.map((referral) => (
            <li key={referral.referralId}>
              <ReferralCard referral={referral} onChanged={reload} />
            </li>
          ))}
        </ul>
      ) : null}
      {next ? (
        <p>
          <button type="button" onClick={() => void readMore()} disabled={reading}>
            Show more referrals
          </button>
        </p>
      ) : null}
      <Progress active={reading} label="Loading more referrals" />
      {moreProblem ? <ProblemView problem={moreProblem} retry={() => void readMore()} /> : null}
    </>
  );
}

/** The status to show, chosen in a form (a change of the list waits for "Show"), with each status's count. */
function StatusFilter({
  status,
  countOf,
  onChoose,
}: {
  readonly status: PartnerStatus | undefined;
  readonly countOf: (status: PartnerStatus | undefined) => number | undefined;
  readonly onChoose: (status: string) => void;
}) {
  const [chosen, setChosen] = useState<string>(status ?? '');
  const withCount = (text: string, count: number | undefined) => (count === undefined ? text : `${text} (${count})`);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChoose(chosen);
  };
  return (
    <form className="filters" onSubmit={submit} aria-label="Filter the inbox">
      <label>
        Status
        <select value={chosen} onChange={(event) => setChosen(event.target.value)}>
          <option value="">{withCount('All statuses', countOf(undefined))}</option>
          {PARTNER_STATUSES.map((each) => (
            <option key={each.value} value={each.value}>
              {withCount(each.label, countOf(each.value))}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">Show</button>
    </form>
  );
}

function ReferralCard({ referral, onChanged }: { readonly referral: PartnerReferral; readonly onChanged: () => void }) {
  const titleId = useId();
  const { status, moved } = usePendingStatus(referral, onChanged);
  return (
    <article aria-labelledby={titleId} className="referral">
      <h2 id={titleId}>
        {label(referral.need)} · <span className={`status status-${status}`}>{label(status)}</span>
      </h2>
      <ReferralSummary referral={referral} status={status} />
      <p>
        <Link to={inboxReferralPath(referral.referralId)} aria-describedby={titleId}>
          Open the referral
        </Link>
      </p>
      <ReferralActions referral={referral} status={status} onMoved={moved} onReload={onChanged} />
    </article>
  );
}
