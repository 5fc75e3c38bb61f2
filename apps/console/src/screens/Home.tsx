import { Link, Navigate } from 'react-router';
import { api, resultOf } from '../api/client';
import { currentSession } from '../auth/session';
import { casePath, PATHS } from '../routes';
import { Progress, ProblemView } from '../ui/feedback';
import { useRemote } from '../ui/remote';
import { OpenReplay } from './OpenReplay';
import {
  groupWorklist,
  complianceText,
  ruleBeside,
  KIND_LABELS,
  overdueText,
  SECTION_TITLES,
  SECTIONS,
  type WorklistItem,
} from './worklist-groups';

/**
 * Each role's home: the worklist for case managers, the approvals for supervisors, the inbox for partners, a case's
 * replay for auditors.
 */
export function Home() {
  const roles = currentSession()?.roles ?? [];
  if (roles.includes('case_manager')) return <Worklist />;
  if (roles.includes('supervisor')) return <Navigate to={PATHS.approvals} replace />;
  if (roles.includes('provider_partner')) return <Navigate to={PATHS.inbox} replace />;
  if (roles.includes('auditor')) return <OpenReplay />;
  return (
    <>
      <h1>Welcome</h1>
      <p>The console has no home screen for your role yet; the API and its documentation are at /docs.</p>
    </>
  );
}

/** The case manager's day: counts first, then what is overdue, due today, this week and later. */
export function Worklist() {
  const [worklist, reload] = useRemote(() => resultOf(api.GET('/care-plan/worklist/me')), []);
  return (
    <>
      <h1>Worklist</h1>
      <Progress active={worklist.state === 'loading'} label="Loading your worklist" />
      {worklist.state === 'failed' ? <ProblemView problem={worklist.problem} retry={reload} /> : null}
      {worklist.state === 'ok' ? <WorklistSections items={worklist.data.items} asOf={worklist.data.asOf} /> : null}
    </>
  );
}

function WorklistSections({ items, asOf }: { readonly items: readonly WorklistItem[]; readonly asOf: string }) {
  const groups = groupWorklist(items, new Date(asOf));
  return (
    <>
      <ul className="counts" aria-label="Counts">
        {SECTIONS.map((section) => (
          <li key={section} className={`count count-${section}`}>
            <a href={`#${section}`}>
              <strong>{groups[section].length}</strong> {SECTION_TITLES[section].toLowerCase()}
            </a>
          </li>
        ))}
      </ul>
      {items.length === 0 ? <p>Nothing to do on your cases right now.</p> : null}
      {SECTIONS.filter((section) => groups[section].length > 0).map((section) => (
        <section key={section} id={section} aria-labelledby={`${section}-title`}>
          <h2 id={`${section}-title`}>
            {SECTION_TITLES[section]} ({groups[section].length})
          </h2>
          <ul className="items">
            {groups[section].map((item) => (
              <li
                key={`${item.caseId}:${item.kind}:${item.compliance?.deadlineId ?? ''}:${item.dueAt}`}
                className={section}
              >
                <Link to={casePath(item.caseId)}>
                  {complianceText(item) ?? KIND_LABELS[item.kind]}{' '}
                  <span className="case-ref">case {item.caseId.slice(0, 8)}</span>
                </Link>
                <span className="due">
                  {item.overdueBy > 0 ? `${overdueText(item.overdueBy)} overdue · ` : ''}
                  due <time dateTime={item.dueAt}>{new Date(item.dueAt).toLocaleString()}</time>
                  <RuleBeside item={item} />
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

/** The compliance rule an item stands for, beside its own due time: " · R1 · $1,000.00 at stake (by …)". */
function RuleBeside({ item }: { readonly item: WorklistItem }) {
  const rule = ruleBeside(item);
  if (!rule) return null;
  return (
    <>
      {' '}
      · {rule.text}
      {rule.dueAt ? (
        <>
          {' '}
          by <time dateTime={rule.dueAt}>{new Date(rule.dueAt).toLocaleString()}</time>
        </>
      ) : null}
    </>
  );
}
