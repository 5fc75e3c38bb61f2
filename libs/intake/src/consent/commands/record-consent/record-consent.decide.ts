import { caseReadAccess, caseWriteGrant, commandAccessActor } from '../../../case/case-access.policy';
import { CaseErrors } from '../../../case/case.errors';
import { assertClientLive, assertClientRegistered } from '../../../client/client-standing';
import { ClientErrors } from '../../../client/client.errors';
import type { NamedCase, RecordConsent } from '../../consent.commands';
import { ConsentErrors } from '../../consent.errors';
import type { ConsentRecorded } from '../../consent.events';
import type { ConsentState } from '../../consent.state';
import { recordedData, type FullRecord } from './consent-form.rules';

export function decideRecordConsent(command: RecordConsent, state: ConsentState): ConsentRecorded[] {
  recordingRole(command);
  if (state.recorded) throw ConsentErrors.alreadyRecorded(command.data.consentId);
  return [{ type: 'ConsentRecorded', data: sealedRecord(recordedData(command)) }];
}

/**
 * The role the consent is recorded under. A consent is recorded for a registered client in the actor's scope (ADR
 * 0012); a case named with it must be a case of that client the actor may read, and the case proves the actor's
 * scope where they may change it (its stream is read at once, where the case read model may not have caught up with
 * a recent assignment). Undefined where no client is named: the form's check names the missing element.
 */
export function recordingRole(command: RecordConsent): string | undefined {
  const { clientId, caseId, context } = command.data;
  if (context === null) return undefined;
  const { client, clientWriteRole, namedCase } = context;
  assertClientRegistered(clientId, client);
  const role =
    caseId === undefined
      ? inScope(clientId, clientWriteRole)
      : throughCase(command, caseId, namedCase ?? { exists: false }, clientWriteRole);
  // A consent goes on the surviving record of a merged client, and an erased client can give none.
  assertClientLive(clientId, client);
  return role;
}

/** Out of the actor's scope, the client reads as not found. */
function inScope(clientId: string, clientWriteRole: string | undefined): string {
  if (clientWriteRole === undefined) throw ClientErrors.notFound(clientId);
  return clientWriteRole;
}

function throughCase(
  command: RecordConsent,
  caseId: string,
  namedCase: NamedCase,
  clientWriteRole: string | undefined,
): string {
  const { clientId } = command.data;
  const actor = commandAccessActor(command.metadata);
  if (!namedCase.exists || caseReadAccess(actor, namedCase) !== 'granted') throw CaseErrors.notFound(caseId);
  if (namedCase.clientId !== clientId) {
    // Out of scope, the client reads as not found before anything is said about the case.
    inScope(clientId, clientWriteRole);
    throw ConsentErrors.caseOfAnotherClient(caseId);
  }
  const grant = caseWriteGrant(actor, namedCase);
  return grant.decision === 'granted' ? grant.role : inScope(clientId, clientWriteRole);
}

/** The event's data: codes, ids and dates in clear, every word of the form in `personal`. */
function sealedRecord(record: FullRecord): ConsentRecorded['data'] {
  const { discloser, information, recipients, purposeDescription, expiry, redisclosureNotice, personal } = record;
  return {
    consentId: record.consentId,
    clientId: record.clientId,
    ...(record.caseId !== undefined ? { caseId: record.caseId } : {}),
    discloser: { kind: discloser.kind, ...(discloser.id !== undefined ? { id: discloser.id } : {}) },
    information: { categories: information.categories },
    recipients: recipients.map((recipient) =>
      recipient.kind === 'named'
        ? {
            kind: 'named',
            ...(recipient.organizationId !== undefined ? { organizationId: recipient.organizationId } : {}),
          }
        : { kind: 'class', treatingProviderRelationship: recipient.treatingProviderRelationship },
    ),
    purpose: record.purpose,
    rightToRevokeAcknowledged: true,
    expiry: expiry.kind === 'date' ? expiry : { kind: 'event' },
    signedAt: record.signedAt,
    signedBy: record.signedBy,
    effectiveFrom: record.effectiveFrom,
    personal: {
      ...personal,
      discloserName: discloser.name,
      informationDescription: information.description,
      recipientTexts: recipients.map((recipient) =>
        recipient.kind === 'named' ? recipient.name : recipient.description,
      ),
      ...(purposeDescription !== null ? { purposeDescription } : {}),
      ...(expiry.kind === 'event' ? { expiryEvent: expiry.event } : {}),
      redisclosureNotice,
    },
  };
}
