import { Link } from 'react-router';
import { casePath } from '../routes';
import { complianceAtRisk, dollars, fineExposure, ruleDueAt, ruleOverdueBy } from './team-risk';
import { TeamWorklistScreen } from './team-worklist';
import { overdueText, type WorklistItem } from './worklist-groups';

/** How far ahead a deadline counts as at risk. */
const WITHIN_DAYS = 7;

/**
 * The team's open compliance deadlines (the agency's rules R1–R5) that are overdue or fall due within a week, with
 * the fine at stake for each and in total: what an auditor would find if nothing is done.
 */
export function TeamCompliance() {
  return (
    <TeamWorklistScreen title="Compliance at risk" loading="Loading the team’s compliance deadlines">
      {(items, asOf) => <AtRisk items={complianceAtRisk(items, asOf, WITHIN_DAYS)} asOf={asOf} />}
    </TeamWorklistScreen>
  );
}

function AtRisk({ items, asOf }: { readonly items: readonly WorklistItem[]; readonly asOf: Date }) {
  if (items.length === 0) {
    return <p>No compliance deadline of the team is overdue or due within {WITHIN_DAYS} days.</p>;
  }
  const exposure = fineExposure(items);
  const overdue = items.filter((item) => ruleOverdueBy(item, asOf) > 0).length;
  return (
    <>
      <p>
        {items.length} open {items.length === 1 ? 'deadline' : 'deadlines'} ({overdue} overdue, the rest due within{' '}
        {WITHIN_DAYS} days) · <strong>{dollars(exposure.totalCents)} at stake</strong>
      </p>
      <h2>By rule</h2>
      <ul>
        {exposure.byRule.map((rule) => (
          <li key={rule.ruleId}>
            {rule.ruleId}: {rule.count} {rule.count === 1 ? 'deadline' : 'deadlines'}, {dollars(rule.fineCents)}
          </li>
        ))}
      </ul>
      <h2>Deadlines</h2>
      <table className="plain">
        <thead>
          <tr>
            <th scope="col">Rule</th>
            <th scope="col">What it asks</th>
            <th scope="col">Case</th>
            <th scope="col">Case manager</th>
            <th scope="col">Due</th>
            <th scope="col">Overdue by</th>
            <th scope="col">Fine at stake</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.compliance?.deadlineId ?? `${item.caseId}:${item.dueAt}`}>
              <td>{item.compliance?.ruleId}</td>
              <td>{item.compliance?.description}</td>
              <td>
                <Link to={casePath(item.caseId)}>case {item.caseId.slice(0, 8)}</Link>
              </td>
              <td>{item.caseManagerId ?? 'unassigned'}</td>
              <td>
                <time dateTime={new Date(ruleDueAt(item)).toISOString()}>
                  {new Date(ruleDueAt(item)).toLocaleString()}
                </time>
              </td>
              <td className={ruleOverdueBy(item, asOf) > 0 ? 'error' : undefined}>
                {ruleOverdueBy(item, asOf) > 0 ? overdueText(ruleOverdueBy(item, asOf)) : 'not yet'}
              </td>
              <td>{dollars(item.compliance?.fineCents ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
