import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { RequestContext } from '@casemgmt/auth';
import type { BlindIndex } from '@casemgmt/personal-data';
import { AccessLog } from '../../../shared/access-log';
import { InjectBlindIndex } from '../../../shared/intake-options';
import { ClientAccess } from '../../client-access';
import { ClientErrors } from '../../client.errors';
import { IDENTIFIER_SYSTEMS, type ClientIdentifier, type IdentifierSystem } from '../../client.types';
import { normaliseIdentifierValue } from '../../duplicates/client-matching';
import {
  dateOfBirthTerm,
  identifierTerm,
  identifierTermsOfAnySystem,
  nameWords,
  nameWordTerm,
} from '../../projections/client-search/client-search-terms';
import { ClientRecords } from '../client-records';
import type { SearchClientsRequestDto } from './search-clients.request.dto';

const MAX_RESULTS = 50;
// Clients found before the reader's scope narrows them to MAX_RESULTS.
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

/**
 * `POST /intake/clients/search`: the tenant's clients by name, date of birth or identifier. Each criterion becomes
 * blind-index terms (keyed hashes) looked up in `intake.client_search_term`; the clients found in the reader's scope
 * (ADR 0012) are then read from their own sealed events to show them.
 */
@Injectable()
export class SearchClientsQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectBlindIndex() private readonly blindIndex: BlindIndex,
    private readonly records: ClientRecords,
    private readonly accessLog: AccessLog,
    private readonly access: ClientAccess,
  ) {}

  async execute(context: RequestContext, filters: SearchClientsRequestDto): Promise<{ clients: ClientSearchResult[] }> {
    const { tenantId } = context;
    const words = filters.name ? nameWords(filters.name) : [];
    const identifier = filters.identifier ? identifierFilter(filters.identifier) : undefined;
    // Listing every client is not a search: at least one criterion narrows what is read.
    if (words.length === 0 && !filters.dateOfBirth && !identifier) throw ClientErrors.searchNeedsFilter();

    // Every criterion must match: each is a set of terms of which the client must have one.
    const criteria: string[][] = [
      ...words.map((word) => [nameWordTerm(this.blindIndex, tenantId, word)]),
      ...(filters.dateOfBirth ? [[dateOfBirthTerm(this.blindIndex, tenantId, filters.dateOfBirth)]] : []),
      ...(identifier
        ? [
            identifier.system
              ? [identifierTerm(this.blindIndex, tenantId, { system: identifier.system, value: identifier.value })]
              : identifierTermsOfAnySystem(this.blindIndex, tenantId, identifier.value),
          ]
        : []),
    ];
    const matches = criteria
      .map(
        (_terms, index) =>
          `EXISTS (SELECT 1 FROM intake.client_search_term t
                   WHERE t.tenant_id = c.tenant_id AND t.client_id = c.client_id AND t.term = ANY($${index + 2}))`,
      )
      .join(' AND ');
    const rows: { client_id: string }[] = await this.dataSource.query(
      `SELECT c.client_id FROM intake.client_search c
       WHERE c.tenant_id = $1 AND c.erased = false AND ${matches}
       ORDER BY c.client_id LIMIT ${MAX_ROWS_SCOPED}`,
      [tenantId, ...criteria],
    );
    // Only the clients in the reader's scope (ADR 0012): the others are not found for them.
    const readable = await this.access.readable(
      context,
      rows.map((row) => row.client_id),
    );
    const inScope = rows
      .map((row) => row.client_id)
      .filter((clientId) => readable.has(clientId))
      .slice(0, MAX_RESULTS);
    const clients = (await this.records.current(tenantId, inScope)).filter((client) => client.personal !== null);
    for (const client of clients) {
      await this.accessLog.record(context, {
        subject: 'client',
        subjectId: client.clientId,
        clientId: client.clientId,
        view: 'POST /intake/clients/search',
        role: readable.get(client.clientId) ?? 'none',
      });
    }
    return {
      clients: clients
        .map((client): ClientSearchResult => ({
          clientId: client.clientId,
          givenName: client.personal?.givenName ?? null,
          middleName: client.personal?.middleName ?? null,
          familyName: client.personal?.familyName ?? null,
          dateOfBirth: client.personal?.dateOfBirth ?? null,
          identifiers: (client.personal?.identifiers ?? []).map(masked),
          preferredLanguage: client.preferredLanguage,
          mergedInto: client.mergedInto,
          version: client.version,
        }))
        .sort(
          (a, b) =>
            (a.familyName ?? '').localeCompare(b.familyName ?? '') ||
            (a.givenName ?? '').localeCompare(b.givenName ?? '') ||
            a.clientId.localeCompare(b.clientId),
        ),
    };
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

function masked(identifier: ClientIdentifier): ClientIdentifier {
  const value = normaliseIdentifierValue(identifier.value);
  return identifier.system === 'ssn' ? { system: 'ssn', value: `***-**-${value.slice(-4)}` } : { ...identifier, value };
}
