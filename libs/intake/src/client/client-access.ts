import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { RequestContext, Role } from '@casemgmt/auth';
import { underRole, type Command, type CommandMetadata } from '@casemgmt/decider';
import type { DomainError } from '@casemgmt/kernel';
import { commandAccessActor } from '../case/case-access.policy';
import { CaseSummary } from '../case/projections/case-summary/case-summary.entity';
import { clientReadGrant, clientWriteGrant, type ClientCaseScope } from './client-access.policy';
import { ClientErrors } from './client.errors';

/**
 * Feeds the client access policy from intake's case read model (`intake.case_summary`): the client's cases as they
 * stand now, so scope follows assignments and transfers once the projection has them (ADR 0012).
 */
@Injectable()
export class ClientAccess {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The role the actor may read the client under, or undefined where the client is out of their scope. */
  async readRole(context: RequestContext, clientId: string): Promise<Role | undefined> {
    const grant = clientReadGrant(context.actor, await this.casesOf(context.tenantId, clientId));
    return grant.decision === 'granted' ? grant.role : undefined;
  }

  /** The role the command may change the client under, or undefined where the client is out of the actor's scope. */
  async writeRole(metadata: CommandMetadata, clientId: string): Promise<Role | undefined> {
    const grant = clientWriteGrant(commandAccessActor(metadata), await this.casesOf(metadata.tenantId, clientId));
    return grant.decision === 'granted' ? grant.role : undefined;
  }

  /**
   * The command, allowed under the role that grants the change of every client it touches, recorded on its events;
   * a client out of the actor's scope answers `notFound` (by default `INTAKE.CLIENT_NOT_FOUND`), as one not there.
   */
  async authorise<C extends Command>(
    command: C,
    clientIds: readonly string[],
    notFound: (clientId: string) => DomainError = ClientErrors.notFound,
  ): Promise<C> {
    let granted: Role | undefined;
    for (const clientId of clientIds) {
      const role = await this.writeRole(command.metadata, clientId);
      if (!role) throw notFound(clientId);
      granted ??= role;
    }
    return { ...command, metadata: underRole(command.metadata, granted) };
  }

  /** The clients of `clientIds` the reader may read, each with the role that grants it. */
  async readable(context: RequestContext, clientIds: readonly string[]): Promise<Map<string, Role>> {
    const cases = await this.casesOfMany(context.tenantId, clientIds);
    const readable = new Map<string, Role>();
    for (const clientId of clientIds) {
      const grant = clientReadGrant(context.actor, cases.get(clientId) ?? []);
      if (grant.decision === 'granted') readable.set(clientId, grant.role);
    }
    return readable;
  }

  private async casesOf(tenantId: string, clientId: string): Promise<ClientCaseScope[]> {
    return (await this.casesOfMany(tenantId, [clientId])).get(clientId) ?? [];
  }

  private async casesOfMany(tenantId: string, clientIds: readonly string[]): Promise<Map<string, ClientCaseScope[]>> {
    const byClient = new Map<string, ClientCaseScope[]>();
    if (clientIds.length === 0) return byClient;
    const rows = await this.dataSource.getRepository(CaseSummary).find({
      select: { clientId: true, teamId: true, caseManagerId: true, status: true },
      where: { tenantId, clientId: In([...clientIds]) },
    });
    for (const row of rows) {
      const cases = byClient.get(row.clientId) ?? [];
      cases.push({ teamId: row.teamId, caseManagerId: row.caseManagerId, status: row.status });
      byClient.set(row.clientId, cases);
    }
    return byClient;
  }
}
