import type { ClientCorrectionPersonal, ClientEvent, ClientRegisteredPersonal } from './client.events';
import type {
  ClientDemographics,
  ClientDemographicsCorrection,
  ClientPersonal,
  ClientPersonalCorrection,
} from './client.types';

export interface ClientState {
  readonly registered: boolean;
  /** Null before registration, and once the client's key is shredded. */
  readonly personal: ClientPersonal | null;
  readonly preferredLanguage: string | null;
  readonly demographics: ClientDemographics;
  /** The survivor this client was merged into. */
  readonly mergedInto: string | null;
  /** Clients merged into this one, oldest first. */
  readonly mergedClientIds: readonly string[];
  readonly erased: boolean;
}

export const initialClientState = (): ClientState => ({
  registered: false,
  personal: null,
  preferredLanguage: null,
  demographics: {},
  mergedInto: null,
  mergedClientIds: [],
  erased: false,
});

export function evolveClient(state: ClientState, event: ClientEvent): ClientState {
  switch (event.type) {
    case 'ClientRegistered': {
      const { personal, preferredLanguage, demographics } = event.data;
      return {
        ...state,
        registered: true,
        personal: personal === null ? null : personOf(personal),
        preferredLanguage: personal?.preferredLanguage ?? preferredLanguage ?? null,
        demographics: personal?.demographics ?? demographics ?? {},
      };
    }
    case 'ClientDetailsCorrected': {
      const { personal } = event.data;
      const demographics = personal?.demographics ?? event.data.demographics;
      return {
        ...state,
        personal:
          personal === null || state.personal === null
            ? null
            : applyPersonalCorrection(state.personal, personCorrectionOf(personal)),
        preferredLanguage: personal?.preferredLanguage ?? event.data.preferredLanguage ?? state.preferredLanguage,
        demographics: demographics ? applyDemographicsCorrection(state.demographics, demographics) : state.demographics,
      };
    }
    case 'ClientMerged':
      return { ...state, mergedClientIds: [...state.mergedClientIds, event.data.mergedClientId] };
    case 'ClientMergedInto':
      return { ...state, mergedInto: event.data.survivorId };
    case 'ClientPersonalDataErased':
      return { ...state, personal: null, preferredLanguage: null, demographics: {}, erased: true };
    default: {
      const unknownEvent: never = event;
      throw new Error(`unknown client event ${JSON.stringify(unknownEvent)}`);
    }
  }
}

/** The person alone, without what a registration seals beside it. */
function personOf(personal: ClientRegisteredPersonal): ClientPersonal {
  const {
    preferredLanguage: _language,
    demographics: _demographics,
    duplicateOverrideReason: _reason,
    ...person
  } = personal;
  return person;
}

function personCorrectionOf(personal: ClientCorrectionPersonal): ClientPersonalCorrection {
  const { preferredLanguage: _language, demographics: _demographics, reason: _reason, ...person } = personal;
  return person;
}

/** The personal data after a correction; `middleName: null` clears the middle name. */
export function applyPersonalCorrection(current: ClientPersonal, correction: ClientPersonalCorrection): ClientPersonal {
  const { middleName, ...rest } = { ...current, ...correction };
  return { ...rest, ...(middleName === null || middleName === undefined ? {} : { middleName }) } as ClientPersonal;
}

export function applyDemographicsCorrection(
  current: ClientDemographics,
  correction: ClientDemographicsCorrection,
): ClientDemographics {
  const merged: Record<string, unknown> = { ...current, ...correction };
  return Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== null && value !== undefined));
}
