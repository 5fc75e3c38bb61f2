import { categoryOf, type RecordedEvent } from '@casemgmt/event-store';
import { update, upsert, type Projection, type ReadModelChange } from '@casemgmt/read-model';
import { intakeStreamId } from '../../../shared/intake-streams';
import type { ConsentEvent } from '../../consent.decider';
import { ConsentDirectiveRow } from './consent-directive.entity';

/** `intake.consent`: the category of every consent stream, as the store derives it. */
export const CONSENT_CATEGORY = categoryOf(intakeStreamId('consent', '00000000-0000-0000-0000-000000000000'));

/**
 * `intake.consent_directive`: one row per consent with the terms and dates that decide whether it is in force.
 * Reads nothing of `data.personal`, so it projects the same after the client's key is shredded.
 */
export const consentDirectiveProjection: Projection = {
  name: 'intake.consent_directive',
  version: 1,
  categories: [CONSENT_CATEGORY],
  project(recorded: RecordedEvent): readonly ReadModelChange[] {
    const event = recorded as unknown as RecordedEvent<ConsentEvent>;
    const tenantId = event.metadata.tenantId;
    switch (event.type) {
      case 'ConsentRecorded': {
        const data = event.data;
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
              recipients: [...data.recipients],
              effectiveFrom: new Date(data.effectiveFrom),
              expiresOn: data.expiry.kind === 'date' ? data.expiry.on : null,
              expiryEvent: data.expiry.kind === 'event' ? data.expiry.event : null,
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
        return notProjected(event);
    }
  },
};

// Types this projection does not know (newer versions, say) are not its business.
function notProjected(_event: never): [] {
  return [];
}
