import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource } from 'typeorm';
import type { RequestContext } from '@casemgmt/auth';
import { heldRoles } from '@casemgmt/decider';
import { CLIENT_WRITERS } from '../../client.roles';
import { AccessLog } from '../../../shared/access-log';
import {
  normaliseIdentifier,
  normaliseName,
  rankDuplicateCandidates,
  type DuplicateCandidate,
  type MatchSubject,
} from '../../duplicates/client-matching';
import { ClientSearch } from '../../projections/client-search/client-search.entity';

// Rows scored in TypeScript per check: enough for a common surname in a large county.
const MAX_CANDIDATE_ROWS = 500;

/**
 * Possible duplicates of a person: the tenant's live clients (not merged, not erased) sharing a date of birth, a
 * family name (also swapped with the given name) or an identifier, scored with the client-matching rules.
 */
@Injectable()
export class FindDuplicateCandidatesQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accessLog: AccessLog,
  ) {}

  async execute(tenantId: string, probe: MatchSubject, excludeClientId?: string): Promise<DuplicateCandidate[]> {
    const given = normaliseName(probe.givenName);
    const family = normaliseName(probe.familyName);
    const nameKeys = [...new Set([family, given, ...family.split(' ')].filter((key) => key !== ''))];
    const identifiers = probe.identifiers.map(normaliseIdentifier).filter((identifier) => identifier.value !== '');
    const query = this.dataSource
      .getRepository(ClientSearch)
      .createQueryBuilder('c')
      .where('c.tenant_id = :tenantId', { tenantId })
      .andWhere('c.merged_into IS NULL')
      .andWhere('c.erased = false')
      .andWhere(
        new Brackets((match) => {
          match.where('c.normalised_family_name IN (:...nameKeys)', { nameKeys: nameKeys.length ? nameKeys : [''] });
          if (probe.dateOfBirth) match.orWhere('c.date_of_birth = :dateOfBirth', { dateOfBirth: probe.dateOfBirth });
          identifiers.forEach((identifier, index) =>
            match.orWhere(`c.identifiers @> CAST(:identifier${index} AS jsonb)`, {
              [`identifier${index}`]: JSON.stringify([identifier]),
            }),
          );
        }),
      )
      .orderBy('c.client_id')
      .limit(MAX_CANDIDATE_ROWS);
    if (excludeClientId) query.andWhere('c.client_id <> :excludeClientId', { excludeClientId });
    const rows = await query.getMany();
    return rankDuplicateCandidates(
      probe,
      rows.map((row) => ({
        clientId: row.clientId,
        givenName: row.givenName ?? '',
        middleName: row.middleName,
        familyName: row.familyName ?? '',
        dateOfBirth: row.dateOfBirth,
        identifiers: row.identifiers,
      })),
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
