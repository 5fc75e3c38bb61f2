import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { RequestContext } from '@casemgmt/auth';
import { heldRoles } from '@casemgmt/decider';
import { CLIENT_WRITERS } from '../../client.roles';
import type { BlindIndex } from '@casemgmt/personal-data';
import { AccessLog } from '../../../shared/access-log';
import { InjectBlindIndex } from '../../../shared/intake-options';
import {
  normaliseIdentifierValue,
  rankDuplicateCandidates,
  type DuplicateCandidate,
  type MatchSubject,
} from '../../duplicates/client-matching';
import { dateOfBirthTerm, identifierTerm, nameTerms } from '../../projections/client-search/client-search-terms';
import { ClientRecords } from '../client-records';

// Clients opened and scored per check, those sharing the most terms first: a date of birth shared by a few dozen
// clients of a large county, narrowed by names.
const MAX_CANDIDATES = 200;

/**
 * Possible duplicates of a person: the tenant's live clients (not merged, not erased) that share a date of birth or
 * an identifier with it, found by their blind-index terms, then opened and scored with the client-matching rules.
 * Names alone are not enough to fetch a candidate: without the date of birth or an identifier no score reaches the
 * candidate threshold (names weigh 0.6 of it); they only put the likeliest candidates first.
 */
@Injectable()
export class FindDuplicateCandidatesQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectBlindIndex() private readonly blindIndex: BlindIndex,
    private readonly records: ClientRecords,
    private readonly accessLog: AccessLog,
  ) {}

  async execute(tenantId: string, probe: MatchSubject, excludeClientId?: string): Promise<DuplicateCandidate[]> {
    const fetching = [
      ...(probe.dateOfBirth ? [dateOfBirthTerm(this.blindIndex, tenantId, probe.dateOfBirth)] : []),
      ...probe.identifiers
        .filter((identifier) => normaliseIdentifierValue(identifier.value) !== '')
        .map((identifier) => identifierTerm(this.blindIndex, tenantId, identifier)),
    ];
    if (fetching.length === 0) return [];
    const ranking = [
      ...nameTerms(this.blindIndex, tenantId, probe.givenName),
      ...nameTerms(this.blindIndex, tenantId, probe.familyName),
    ];
    const rows: { client_id: string }[] = await this.dataSource.query(
      `SELECT t.client_id FROM intake.client_search_term t
       JOIN intake.client_search c ON c.tenant_id = t.tenant_id AND c.client_id = t.client_id
       WHERE t.tenant_id = $1 AND c.merged_into IS NULL AND c.erased = false AND t.client_id <> $2
         AND t.term = ANY($3 || $4::text[])
       GROUP BY t.client_id
       HAVING bool_or(t.term = ANY($3))
       ORDER BY count(*) DESC, t.client_id
       LIMIT ${MAX_CANDIDATES}`,
      [tenantId, excludeClientId ?? '', fetching, ranking],
    );
    const clients = await this.records.current(
      tenantId,
      rows.map((row) => row.client_id),
    );
    return rankDuplicateCandidates(
      probe,
      clients.flatMap((client) =>
        client.personal === null || client.mergedInto !== null || client.erased
          ? []
          : [
              {
                clientId: client.clientId,
                givenName: client.personal.givenName,
                middleName: client.personal.middleName ?? null,
                familyName: client.personal.familyName,
                dateOfBirth: client.personal.dateOfBirth,
                identifiers: client.personal.identifiers,
              },
            ],
      ),
    );
  }

  /**
   * Candidates shown to a worker (masked, ADR 0012) are reads of those clients' data: one access entry each, under
   * the role the duplicate check is allowed to, since it searches the whole agency whatever the worker's scope.
   */
  async recordShown(context: RequestContext, candidates: readonly DuplicateCandidate[], view: string): Promise<void> {
    const role = heldRoles(context, CLIENT_WRITERS)[0] ?? 'none';
    for (const candidate of candidates) {
      await this.accessLog.record(context, {
        subject: 'client',
        subjectId: candidate.clientId,
        clientId: candidate.clientId,
        view,
        role,
      });
    }
  }
}
