import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import type { RequestContext, Role } from '@casemgmt/auth';
import {
  commandMetadataFrom,
  handleCommand,
  loadAggregate,
  type CommandMetadata,
  type CommandResult,
} from '@casemgmt/decider';
import { InjectDatabasePool, type EventStore } from '@casemgmt/event-store';
import { calendarDateOf } from '@casemgmt/kernel';
import { referralCaseOf, type ReferralCase } from '../case-view/case-scope';
import { DirectoryListingsQuery } from '../directory/directory-listings.query';
import { INTAKE_GATEWAY, type IntakeGateway } from '../intake/intake.gateway';
import { InjectReferralCommandStore, InjectReferralSettings } from '../shared/referral-options';
import { answerDueAt, type ReferralSettings } from '../shared/referral-settings';
import { referralStreamId } from '../shared/referral-streams';
import { requesterRole } from './referral.decide';
import {
  DISCLOSABLE_FIELDS,
  referralDecider,
  type ConsentAtSend,
  type DisclosableField,
  type ExistingReferral,
  type ReferralCommand,
  type ReferralEvent,
  type ResponderCommand,
} from './referral.decider';

/** What a command is built from: the referral as its stream tells it (null when none) and its case as referral knows it. */
export interface ReferralAtCommand {
  readonly referral: ExistingReferral | null;
  readonly scope: ReferralCase | null;
}

/** A responder's command data as a partner's route gives it: without the referral id or the agency's date. */
export type ResponderInput<T extends ResponderCommand['type']> = Omit<
  Extract<ResponderCommand, { type: T }>['data'],
  'referralId' | 'today'
>;

// The case's needs a referral may share, each as the need code intake records.
const NEED_OF_FIELD: Readonly<Partial<Record<DisclosableField, string>>> = {
  housingNeed: 'housing',
  benefitsNeed: 'income',
  mentalHealthNeed: 'mental_health',
  substanceUseNeed: 'substance_use',
  medicalNeed: 'medical',
};
const DEMOGRAPHIC_FIELDS: readonly DisclosableField[] = ['name', 'dateOfBirth', 'preferredLanguage', 'phone'];

/**
 * Every referral command: read the referral's stream and its case as referral knows it now (access is checked
 * against the case as it stands, DESIGN §8), build the command with them, then decide and append to
 * `referral.referral-<id>`. The events carry the case and its client in their metadata: the client's key seals
 * `personal`, and the audit trail indexes by both.
 */
@Injectable()
export class ReferralCommandHandler {
  constructor(
    @InjectReferralCommandStore() private readonly store: EventStore,
    @InjectDatabasePool() private readonly pool: Pool,
    @InjectReferralSettings() private readonly settings: ReferralSettings,
    private readonly directory: DirectoryListingsQuery,
    @Inject(INTAKE_GATEWAY) private readonly intake: IntakeGateway,
  ) {}

  async execute(
    referralId: string,
    context: RequestContext,
    routeRoles: readonly Role[],
    build: (at: ReferralAtCommand, metadata: CommandMetadata) => ReferralCommand | Promise<ReferralCommand>,
    options: { readonly caseId?: string; readonly expectedVersion?: number } = {},
  ): Promise<CommandResult<ReferralEvent>> {
    const streamId = referralStreamId('referral', referralId);
    const loaded = await loadAggregate(this.store, streamId, referralDecider, context.tenantId);
    const referral = loaded.state.exists ? loaded.state : null;
    const caseId = options.caseId ?? referral?.caseId;
    const scope = caseId ? await referralCaseOf(this.pool, context.tenantId, caseId) : null;
    const metadata = commandMetadataFrom(context, routeRoles);
    const command = await build({ referral, scope }, metadata);
    return handleCommand(this.store, streamId, referralDecider, command, options.expectedVersion, {
      ...(caseId ? { caseId } : {}),
      ...(scope ? { clientId: scope.clientId } : {}),
    });
  }

  /** Drafts a referral of the case's need to a directory service at a location, as the directory shows it now. */
  draft(
    referralId: string,
    input: {
      readonly caseId: string;
      readonly need: string;
      readonly goalId?: string;
      readonly serviceId: string;
      readonly locationId: string;
      readonly listingVersion?: number;
    },
    context: RequestContext,
    routeRoles: readonly Role[],
  ): Promise<CommandResult<ReferralEvent>> {
    return this.execute(
      referralId,
      context,
      routeRoles,
      async ({ scope }, metadata) => {
        const found = await this.directory.listingOf(context.tenantId, input.serviceId, input.locationId);
        return {
          type: 'DraftReferral',
          data: {
            referralId,
            caseId: input.caseId,
            case: scope,
            need: input.need,
            ...(input.goalId !== undefined ? { goalId: input.goalId } : {}),
            target: {
              organizationId: found.organizationId ?? '',
              serviceId: input.serviceId,
              locationId: input.locationId,
              // The version the worker saw when they chose it; the directory's current one when they did not say.
              listingVersion: input.listingVersion ?? found.listingVersion ?? 0,
            },
            listing: found.listing,
          },
          metadata,
        };
      },
      { caseId: input.caseId },
    );
  }

  /**
   * Sends the referral: the consent in force at this moment for the recipient, the purpose and the categories of
   * the asked fields is asked of intake (ADR 0033) with the caller's own token, and only then, for what it covers,
   * the client's values. Intake is asked nothing for a caller who may not send this referral, or for one that is
   * not a draft: the decider refuses those first.
   */
  send(
    referralId: string,
    input: {
      readonly fields: readonly DisclosableField[];
      readonly purpose: string;
      readonly expectedVersion?: number;
    },
    authorization: string,
    context: RequestContext,
    routeRoles: readonly Role[],
  ): Promise<CommandResult<ReferralEvent>> {
    return this.execute(
      referralId,
      context,
      routeRoles,
      async ({ referral, scope }, metadata) => {
        let consent: ConsentAtSend | null = null;
        let values: Partial<Record<DisclosableField, string>> = {};
        if (referral?.status === 'draft' && scope && requesterRole(metadata, scope)) {
          consent = await this.consentFor(referral, scope, input, authorization, context.tenantId);
          if (consent) values = await this.valuesFor(scope, input.fields, consent, authorization);
        }
        const dueAt = answerDueAt(this.settings, scope?.program ?? '', metadata.now);
        return {
          type: 'SendReferral',
          data: {
            referralId,
            case: scope,
            fields: input.fields,
            purpose: input.purpose,
            answerDueAt: dueAt.toISOString(),
            values,
            consent,
          },
          metadata,
        };
      },
      input.expectedVersion !== undefined ? { expectedVersion: input.expectedVersion } : {},
    );
  }

  /** A command of the agency on a referral that needs nothing but the case as referral knows it now. */
  request<T extends 'CancelReferral' | 'MarkReferralEnteredInError' | 'FollowUpReferral'>(
    type: T,
    referralId: string,
    input: Omit<Extract<ReferralCommand, { type: T }>['data'], 'referralId' | 'case'> & {
      readonly expectedVersion?: number;
    },
    context: RequestContext,
    routeRoles: readonly Role[],
  ): Promise<CommandResult<ReferralEvent>> {
    const { expectedVersion, ...data } = input;
    return this.execute(
      referralId,
      context,
      routeRoles,
      ({ scope }, metadata) => ({ type, data: { ...data, referralId, case: scope }, metadata }) as ReferralCommand,
      expectedVersion !== undefined ? { expectedVersion } : {},
    );
  }

  /** A move of the receiving organisation's partner; the decider answers 404 to anyone else. */
  respond<T extends ResponderCommand['type']>(
    type: T,
    referralId: string,
    input: ResponderInput<T>,
    context: RequestContext,
    routeRoles: readonly Role[],
  ): Promise<CommandResult<ReferralEvent>> {
    return this.execute(referralId, context, routeRoles, (_, metadata) => {
      const today = calendarDateOf(metadata.now, this.settings.timeZone);
      const command = { type, data: { ...input, referralId, today }, metadata };
      return command as ReferralCommand;
    });
  }

  private async consentFor(
    referral: ExistingReferral,
    scope: ReferralCase,
    input: { readonly fields: readonly DisclosableField[]; readonly purpose: string },
    authorization: string,
    tenantId: string,
  ): Promise<ConsentAtSend | null> {
    const categories = [...new Set(input.fields.map((field) => DISCLOSABLE_FIELDS[field]))];
    const { target } = referral;
    const listing = await this.directory.listingOf(tenantId, target.serviceId, target.locationId);
    return this.intake.consentAtSend({
      authorization,
      clientId: scope.clientId,
      recipient: { organizationId: target.organizationId, name: listing.organizationName ?? target.organizationId },
      categories,
      purpose: input.purpose,
    });
  }

  /** The values of the asked fields the consent covers: demographics from intake's record, needs from the case. */
  private async valuesFor(
    scope: ReferralCase,
    fields: readonly DisclosableField[],
    consent: ConsentAtSend,
    authorization: string,
  ): Promise<Partial<Record<DisclosableField, string>>> {
    const covered = (field: DisclosableField) =>
      consent.informationCategories.includes('all_records') ||
      consent.informationCategories.includes(DISCLOSABLE_FIELDS[field]);
    const asked = fields.filter(covered);
    const needs = Object.fromEntries(
      asked.flatMap((field) => {
        const need = NEED_OF_FIELD[field];
        return need !== undefined && scope.needs.includes(need) ? [[field, 'identified']] : [];
      }),
    );
    if (!asked.some((field) => DEMOGRAPHIC_FIELDS.includes(field))) return needs;
    const record = await this.intake.clientValues({ authorization, clientId: scope.clientId });
    const demographics = Object.fromEntries(
      asked.flatMap((field) => {
        const value = (record as Partial<Record<DisclosableField, string>>)[field];
        return value !== undefined ? [[field, value]] : [];
      }),
    );
    return { ...demographics, ...needs };
  }
}
