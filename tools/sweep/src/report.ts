import { type Answer, type SweepReport } from './sweep';

/** The sweep's result as text: counts by status, every 5xx and unanswered request by operation and family. */
export function renderReport(report: SweepReport, logLinesWithMarkers: number): string {
  const lines = [
    `# Malformed-request sweep`,
    `${report.operations} operations, ${report.sent} of ${report.planned} requests sent in ` +
      `${(report.elapsedMs / 1000).toFixed(1)} s${report.stoppedEarly ? ' (stopped at the time limit)' : ''}`,
    '',
    'status  count',
    ...[...report.byStatus].map(([status, count]) => `${status.padEnd(7)} ${count}`),
    '',
    `5xx answers: ${report.serverErrors.length}`,
    ...grouped(report.serverErrors),
    `no answer: ${report.noAnswer.length}`,
    ...grouped(report.noAnswer),
    'slowest answers:',
    ...report.slowest.map((a) => `  ${a.ms} ms  ${a.status} ${a.operation}  ${a.family} (${a.caller})`),
    '',
    `afterwards: health ${report.afterwards.healthStatus}, ` +
      Object.entries(report.afterwards.commands)
        .map(([name, status]) => `${name} ${status}`)
        .join(', '),
    `log lines repeating a marker value: ${logLinesWithMarkers}`,
  ];
  return lines.join('\n');
}

function grouped(answers: readonly Answer[]): string[] {
  const groups = new Map<string, { count: number; callers: Set<string> }>();
  for (const answer of answers) {
    const key = `  ${answer.status} ${answer.operation}  ${answer.family}`;
    const group = groups.get(key) ?? { count: 0, callers: new Set() };
    group.count++;
    group.callers.add(answer.caller);
    groups.set(key, group);
  }
  return [...groups].map(([key, { count, callers }]) => `${key}  ×${count} (${[...callers].join(', ')})`);
}
