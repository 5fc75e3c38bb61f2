import { createHash } from 'node:crypto';
import type { ObligationRow } from '../../compliance-read-model/obligation-row';
import { CASEMGMT_SYSTEMS, FHIR_SYSTEMS, type FhirAuditEvent } from '../../exports/fhir-audit-event';
import {
  csvExportWriter,
  fhirBundleWriter,
  jsonExportWriter,
  type ExportFormat,
  type ExportWriter,
} from '../../exports/stream-export';
import type { CsvColumns } from '../../shared/csv';

/** The code system of the platform's compliance rules and of an obligation's status (ids only, nothing personal). */
export const COMPLIANCE_SYSTEMS = {
  rule: 'urn:casemgmt:compliance-rule',
  status: 'urn:casemgmt:compliance-status',
  worker: CASEMGMT_SYSTEMS.user,
} as const;

const CSV_COLUMNS: CsvColumns<ObligationRow> = [
  ['case_id', (row) => row.caseId],
  ['program_id', (row) => row.programId ?? ''],
  ['team_id', (row) => row.teamId ?? ''],
  ['worker_id', (row) => row.workerId ?? ''],
  ['rule_id', (row) => row.ruleId],
  ['kind', (row) => row.kind],
  ['concerns', (row) => row.concerns ?? ''],
  ['arisen_from', (row) => row.arisenFrom ?? ''],
  ['arose_at', (row) => row.aroseAt],
  ['due_at', (row) => row.dueAt],
  ['status', (row) => row.status],
  ['met_at', (row) => row.metAt ?? ''],
  ['met_by', (row) => row.metBy ?? ''],
  ['late_by_ms', (row) => row.lateByMs ?? ''],
  ['overdue_by_ms', (row) => row.overdueByMs ?? ''],
  ['ended_by', (row) => row.endedBy ?? ''],
  ['fine_cents', (row) => row.fineCents],
  ['rule_set_id', (row) => row.ruleSetId],
  ['rule_set_version', (row) => row.ruleSetVersion],
];

/**
 * An obligation as a FHIR R4 AuditEvent: the record of a compliance check (`type` the rule, `subtype` its status),
 * `period` from when it arose to when it was due, `recorded` the instant it was judged at, `outcome` `0` when met,
 * pending or lifted, `4` when met late and `8` when violated (a failure the agency answers for), with the fine in
 * `outcomeDesc`. The case manager is the responsible agent, the audit service the observer, and the case and the
 * events that raised and met it the entities. Ids only.
 */
export function obligationAuditEventOf(row: ObligationRow, tenantId: string, judgedAt: string): FhirAuditEvent {
  const outcome = row.status === 'violated' ? '8' : row.status === 'met_late' ? '4' : '0';
  const dollars = (cents: number) => `$${(cents / 100).toFixed(2)}`;
  const outcomeDesc =
    row.status === 'violated'
      ? `violated, fine ${dollars(row.fineCents)}`
      : row.status === 'met_late'
        ? `met late, fine ${dollars(row.fineCents)}`
        : row.status;
  const events = [
    ...(row.arisenFrom ? [{ id: row.arisenFrom, role: 'arisen from' }] : []),
    ...(row.metBy ? [{ id: row.metBy, role: 'met by' }] : []),
    ...(row.endedBy ? [{ id: row.endedBy, role: 'ended by' }] : []),
  ];
  return {
    resourceType: 'AuditEvent',
    id: obligationId(row),
    type: { system: COMPLIANCE_SYSTEMS.rule, code: row.ruleId, display: `compliance rule ${row.ruleId}` },
    subtype: [{ system: COMPLIANCE_SYSTEMS.status, code: row.status }],
    action: 'E',
    period: { start: row.aroseAt, end: row.dueAt },
    recorded: judgedAt,
    outcome,
    outcomeDesc,
    agent: row.workerId
      ? [
          {
            type: { coding: [{ system: FHIR_SYSTEMS.participationType, code: 'RESP', display: 'responsible party' }] },
            who: { identifier: { system: COMPLIANCE_SYSTEMS.worker, value: row.workerId } },
            requestor: false,
          },
        ]
      : [],
    source: {
      site: tenantId,
      observer: { identifier: { system: CASEMGMT_SYSTEMS.service, value: 'audit' }, display: 'audit service' },
      type: [{ system: FHIR_SYSTEMS.securitySourceType, code: '4', display: 'Application Server' }],
    },
    entity: [
      {
        what: { identifier: { system: CASEMGMT_SYSTEMS.case, value: row.caseId } },
        type: { system: FHIR_SYSTEMS.entityType, code: '2', display: 'System Object' },
        role: { system: FHIR_SYSTEMS.objectRole, code: '4', display: 'Domain Resource' },
        detail: [
          { type: 'ruleSet', valueString: `${row.ruleSetId}@${row.ruleSetVersion}` },
          { type: 'fineCents', valueString: String(row.fineCents) },
          ...(row.concerns ? [{ type: 'concerns', valueString: row.concerns }] : []),
          ...(row.programId ? [{ type: 'program', valueString: row.programId }] : []),
        ],
      },
      ...events.map((event) => ({
        what: { identifier: { system: CASEMGMT_SYSTEMS.event, value: event.id } },
        type: { system: FHIR_SYSTEMS.entityType, code: '2', display: 'System Object' },
        role: { system: FHIR_SYSTEMS.objectRole, code: '4', display: 'Domain Resource' },
        name: event.role,
      })),
    ],
  };
}

/**
 * A stable id of an obligation within its tenant, from what identifies it (case, rule, what it concerns, the event it
 * arose from, when it arose): the same obligation has the same id in every export. FHIR ids allow [A-Za-z0-9-.]{1,64}.
 */
export function obligationId(row: ObligationRow): string {
  const source = [row.caseId, row.ruleId, row.concerns ?? '', row.arisenFrom ?? '', row.aroseAt].join('|');
  return createHash('sha256').update(source).digest('hex').slice(0, 64);
}

/** The writer of an export of obligations in a format. */
export function obligationsWriter(
  format: ExportFormat,
  context: { readonly tenantId: string; readonly head: Readonly<Record<string, unknown>>; readonly bundleId: string },
  judgedAt: string,
): ExportWriter<ObligationRow> {
  if (format === 'csv') return csvExportWriter(CSV_COLUMNS);
  if (format === 'json') return jsonExportWriter(context.head, 'obligations');
  return fhirBundleWriter({ id: context.bundleId, timestamp: judgedAt }, (row) =>
    obligationAuditEventOf(row, context.tenantId, judgedAt),
  );
}
