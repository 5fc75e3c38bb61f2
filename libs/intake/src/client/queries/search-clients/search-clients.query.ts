import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { RequestContext } from '@casemgmt/auth';
import { AccessLog } from '../../../shared/access-log';
import { ClientAccess } from '../../client-access';
import { ClientErrors } from '../../client.errors';
import { IDENTIFIER_SYSTEMS, type ClientIdentifier, type IdentifierSystem } from '../../client.types';
import { normaliseIdentifierValue, normaliseName } from '../../duplicates/client-matching';
import { ClientSearch } from '../../projections/client-search/client-search.entity';
import type { SearchClientsRequestDto } from './search-clients.request.dto';

const MAX_RESULTS = 50;
// Rows read before the reader's scope narrows them to MAX_RESULTS.
const MAX_ROWS_SCOPED = 500;

export interface ClientSearchResult {
  readonly clientId: string;
  readonly givenName: string | null;
  readonly middleName: string | null;
  readonly familyName: string | null;
  readonly dateOfBirth: string | null;
  /** SSNs show their last four digits only. */
  readonly identifiers: readonly ClientIdentifier[];
  readonly preferredLanguage: string | null;
  /** Set when the client was merged: follow the survivor. */
  readonly mergedInto: string | null;
  readonly version: number;
}

/** `GET /intake/clients`: the tenant's clients by name, date of birth or identifier, from `intake.client_search`. */
@Injectable()
export class SearchClientsQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accessLog: AccessLog,
    private readonly access: ClientAccess,
  ) {}

  async execute(context: RequestContext, filters: SearchClientsRequestDto): Promise<{ clients: ClientSearchResult[] }> {
    const nameWords = filters.name
      ? normaliseName(filters.name)
          .split(' ')
          .filter((word) => word !== '')
      : [];
    const identifier = filters.identifier ? identifierFilter(filters.identifier) : undefined;
    // Listing every client is not a search: at least one filter narrows what is read.
    if (nameWords.length === 0 && !filters.dateOfBirth && !identifier) throw ClientErrors.searchNeedsFilter();

    const query = this.dataSource
      .getRepository(ClientSearch)
      .createQueryBuilder('c')
      .where('c.tenant_id = :tenantId', { tenantId: context.tenantId })
      .andWhere('c.erased = false')
      .orderBy('c.family_name')
      .addOrderBy('c.given_name')
      .addOrderBy('c.client_id')
      .limit(MAX_ROWS_SCOPED);
    // Normalised names hold only a-z, 0-9 and single spaces, so the words need no LIKE escaping.
    nameWords.forEach((word, index) =>
      query.andWhere(
        `(' ' || coalesce(c.normalised_given_name, '') || ' ' || coalesce(c.normalised_family_name, '')) LIKE :word${index}`,
        { [`word${index}`]: `% ${word}%` },
      ),
    );
    if (filters.dateOfBirth) query.andWhere('c.date_of_birth = :dateOfBirth', { dateOfBirth: filters.dateOfBirth });
    if (identifier) {
      query.andWhere('c.identifiers @> CAST(:identifier AS jsonb)', { identifier: JSON.stringify([identifier]) });
    }
    const found = await query.getMany();
    // Only the clients in the reader's scope (ADR 0012): the others are not found for them.
    const readable = await this.access.readable(
      context,
      found.map((row) => row.clientId),
    );
    const rows = found.filter((row) => readable.has(row.clientId)).slice(0, MAX_RESULTS);
    for (const row of rows) {
      await this.accessLog.record(context, {
        subject: 'client',
        subjectId: row.clientId,
        clientId: row.clientId,
        view: 'GET /intake/clients',
        role: readable.get(row.clientId) ?? 'none',
      });
    }
    return { clients: rows.map(resultOf) };
  }
}

function identifierFilter(text: string): { system?: IdentifierSystem; value: string } | undefined {
  const separator = text.indexOf(':');
  const system = separator > 0 ? text.slice(0, separator).trim().toLowerCase() : undefined;
  const known = system !== undefined && (IDENTIFIER_SYSTEMS as readonly string[]).includes(system);
  const value = normaliseIdentifierValue(known ? text.slice(separator + 1) : text);
  if (value === '') return undefined;
  return known ? { system: system as IdentifierSystem, value } : { value };
}

function resultOf(row: ClientSearch): ClientSearchResult {
  return {
    clientId: row.clientId,
    givenName: row.givenName,
    middleName: row.middleName,
    familyName: row.familyName,
    dateOfBirth: row.dateOfBirth,
    identifiers: row.identifiers.map((identifier) =>
      identifier.system === 'ssn' ? { system: 'ssn', value: `***-**-${identifier.value.slice(-4)}` } : identifier,
    ),
    preferredLanguage: row.preferredLanguage,
    mergedInto: row.mergedInto,
    version: row.version,
  };
}
