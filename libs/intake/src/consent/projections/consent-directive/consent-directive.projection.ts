import { categoryOf, type RecordedEvent } from '@casemgmt/event-store';
import type { BlindIndex } from '@casemgmt/personal-data';
import { ignoreUnknownEvent, update, upsert, type Projection, type ReadModelChange } from '@casemgmt/read-model';
import { intakeStreamId } from '../../../shared/intake-streams';
import { comparableName } from '../../consent-in-force';
import { CONSENT_EVENT_TYPES, type ConsentEvent, consentRecordOf } from '../../consent.decider';
import type { ConsentRecipient } from '../../consent.types';
import { ConsentDirectiveRow } from './consent-directive.entity';

/** `intake.consent`: the category of every consent stream, as the store derives it. */
export const CONSENT_CATEGORY = categoryOf(intakeStreamId('consent', '00000000-0000-0000-0000-000000000000'));

/** The blind-index term of a recipient's name, as the read model keeps it and the in-force query computes it. */
export function recipientNameTerm(index: BlindIndex, tenantId: string, name: string): string {
  return index.term(tenantId, 'consent_recipient', comparableName(name));
}

/**
 * `intake.consent_directive`: one row per consent with the terms and dates that decide whether it is in force.
 * No words of the form: a named recipient is kept as its organisation id and the blind-index term of its name, a
 * class as whether it has a treating relationship, an expiry event as the fact that there is one.
 */
export function consentDirectiveProjection(index: BlindIndex): Projection<ConsentEvent> {
  return {
    name: 'intake.consent_directive',
    // 2: no recipient names or descriptions, no expiry event text (ADR 0014).
    version: 2,
    categories: [CONSENT_CATEGORY],
    eventTypes: CONSENT_EVENT_TYPES,
    project(event: RecordedEvent<ConsentEvent>): readonly ReadModelChange[] {
      const tenantId = event.metadata.tenantId;
      switch (event.type) {
        case 'ConsentRecorded': {
          const data = consentRecordOf(event.data);
          const recipients = data.recipients.map((recipient): ConsentRecipient =>
            recipient.kind === 'named'
              ? {
                  kind: 'named',
                  name: null,
                  ...(recipient.organizationId !== undefined ? { organizationId: recipient.organizationId } : {}),
                  ...(recipient.name !== null ? { nameTerm: recipientNameTerm(index, tenantId, recipient.name) } : {}),
                }
              : {
                  kind: 'class',
                  description: null,
                  treatingProviderRelationship: recipient.treatingProviderRelationship,
                },
          );
          return [
            upsert(
              ConsentDirectiveRow,
              {
                tenantId,
                consentId: data.consentId,
                clientId: data.clientId,
                caseId: data.caseId ?? null,
                categories: [...data.information.categories],
                purposes: [...data.purpose],
                recipients,
                effectiveFrom: new Date(data.effectiveFrom),
                expiresOn: data.expiry.kind === 'date' ? data.expiry.on : null,
                expiresByEvent: data.expiry.kind === 'event',
                expiryEventOccurredAt: null,
                revokedAt: null,
                signedAt: new Date(data.signedAt),
                version: event.streamVersion,
              },
              ['tenantId', 'consentId'],
            ),
          ];
        }
        case 'ConsentRevoked':
          return [
            update(
              ConsentDirectiveRow,
              { tenantId, consentId: event.data.consentId },
              { revokedAt: new Date(event.data.revokedAt), version: event.streamVersion },
            ),
          ];
        case 'ConsentExpiryEventOccurred':
          return [
            update(
              ConsentDirectiveRow,
              { tenantId, consentId: event.data.consentId },
              { expiryEventOccurredAt: new Date(event.data.occurredAt), version: event.streamVersion },
            ),
          ];
        default:
          return ignoreUnknownEvent(event);
      }
    },
  };
}
