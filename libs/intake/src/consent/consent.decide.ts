import { decideRecordConsent, recordingRole } from './commands/record-consent/record-consent.decide';
import { pastInstant } from './consent-dates';
import type { ConsentCommand } from './consent.commands';
import { ConsentErrors } from './consent.errors';
import type { ConsentEvent } from './consent.events';
import type { ConsentState } from './consent.state';
import { REVOCATION_METHODS } from './consent.types';

export function decideConsent(command: ConsentCommand, state: ConsentState): ConsentEvent[] {
  const { consentId } = command.data;
  switch (command.type) {
    case 'RecordConsent':
      return decideRecordConsent(command, state);
    case 'RevokeConsent': {
      if (!state.recorded) throw ConsentErrors.notFound(consentId);
      if (state.revocation) throw ConsentErrors.alreadyRevoked(consentId, state.revocation.revokedAt);
      if (!(REVOCATION_METHODS as readonly string[]).includes(command.data.method)) {
        throw ConsentErrors.incomplete('method', `is one of ${REVOCATION_METHODS.join(', ')}`);
      }
      const revokedAt = pastInstant('revokedAt', command.data.revokedAt, command.metadata.now);
      if (revokedAt.getTime() < state.signedAt.getTime()) {
        throw ConsentErrors.revokedBeforeSigned(consentId, revokedAt.toISOString(), state.record.signedAt);
      }
      const reason = command.data.reason?.trim();
      return [
        {
          type: 'ConsentRevoked',
          data: {
            consentId,
            revokedAt: revokedAt.toISOString(),
            method: command.data.method,
            personal: reason ? { reason } : null,
          },
        },
      ];
    }
    case 'RecordConsentExpiryEvent': {
      if (!state.recorded) throw ConsentErrors.notFound(consentId);
      if (state.expiry.kind !== 'event') throw ConsentErrors.notEventExpiry(consentId);
      if (state.expiryEvent) throw ConsentErrors.expiryEventAlreadyRecorded(consentId, state.expiryEvent.occurredAt);
      const occurredAt = pastInstant('occurredAt', command.data.occurredAt, command.metadata.now);
      if (occurredAt.getTime() < state.signedAt.getTime()) {
        throw ConsentErrors.invalid('occurredAt', 'the expiry event cannot precede the signature of the consent');
      }
      return [
        {
          type: 'ConsentExpiryEventOccurred',
          data: { consentId, occurredAt: occurredAt.toISOString() },
        },
      ];
    }
    default: {
      const unknownCommand: never = command;
      throw new Error(`unknown consent command ${JSON.stringify(unknownCommand)}`);
    }
  }
}

/** The role a consent is recorded under, where its scope decides it; the other commands come authorised. */
export function consentGrantingRole(command: ConsentCommand): string | undefined {
  return command.type === 'RecordConsent' ? recordingRole(command) : undefined;
}
