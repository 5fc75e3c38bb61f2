import type {
  ClientDemographics,
  ClientDemographicsCorrection,
  ClientPersonal,
  ClientPersonalCorrection,
} from './client.types';

// Events. Everything that identifies or describes the client is in `personal`, sealed with the client's key when
// stored; it reads as null once the key is shredded (ADR 0008, ADR 0014). Events stored before ADR 0014 carry the
// language, demographics and reasons in clear, in the optional legacy fields: `evolve` reads both shapes.

/** What a registration seals: the person, their language and demographics, and why duplicates were overridden. */
export interface ClientRegisteredPersonal extends ClientPersonal {
  /** BCP-47 tag, e.g. `es` or `zh-Hant`. Left out only by events stored before ADR 0014. */
  readonly preferredLanguage?: string;
  readonly demographics?: ClientDemographics;
  readonly duplicateOverrideReason?: string;
}

export type ClientRegistered = {
  readonly type: 'ClientRegistered';
  readonly data: {
    readonly clientId: string;
    readonly personal: ClientRegisteredPersonal | null;
    /** Present when the worker registered the client although possible duplicates were shown. */
    readonly duplicateOverride?: {
      readonly candidateIds: readonly string[];
      /** legacy, in clear */ readonly reason?: string;
    };
    /** Legacy (before ADR 0014), in clear. */
    readonly preferredLanguage?: string;
    /** Legacy (before ADR 0014), in clear. */
    readonly demographics?: ClientDemographics;
  };
};

/** What a correction seals: the corrected fields and the reason. */
export interface ClientCorrectionPersonal extends ClientPersonalCorrection {
  readonly preferredLanguage?: string;
  readonly demographics?: ClientDemographicsCorrection;
  readonly reason?: string;
}

/** Carries only the corrected fields, and the reason, all sealed. */
export type ClientDetailsCorrected = {
  readonly type: 'ClientDetailsCorrected';
  readonly data: {
    readonly clientId: string;
    readonly personal: ClientCorrectionPersonal | null;
    /** Legacy (before ADR 0014), in clear. */
    readonly preferredLanguage?: string;
    /** Legacy (before ADR 0014), in clear. */
    readonly demographics?: ClientDemographicsCorrection;
  };
};
/** On the survivor: `mergedClientId` now refers to this client. The reason is sealed with the survivor's key. */
export type ClientMerged = {
  readonly type: 'ClientMerged';
  readonly data: {
    readonly clientId: string;
    readonly mergedClientId: string;
    readonly personal?: { readonly reason: string } | null;
  };
};
/** On the merged client: its record lives on as `survivorId`; nothing of it is deleted. The reason is sealed. */
export type ClientMergedInto = {
  readonly type: 'ClientMergedInto';
  readonly data: {
    readonly clientId: string;
    readonly survivorId: string;
    readonly personal?: { readonly reason: string } | null;
  };
};

/** Why a client's personal data was erased: a code, because the client's key is gone and free text would stay. */
export const ERASURE_BASES = ['client_request', 'court_order', 'retention_period_ended', 'other'] as const;
export type ErasureBasis = (typeof ERASURE_BASES)[number];

/** The client's key was shredded: every `personal` of the client reads as null from now on. */
export type ClientPersonalDataErased = {
  readonly type: 'ClientPersonalDataErased';
  readonly data: {
    readonly clientId: string;
    readonly basis?: ErasureBasis;
    /** Legacy (before ADR 0014), free text in clear. */
    readonly reason?: string;
  };
};

export type ClientEvent =
  ClientRegistered | ClientDetailsCorrected | ClientMerged | ClientMergedInto | ClientPersonalDataErased;

export const CLIENT_EVENT_TYPES = [
  'ClientRegistered',
  'ClientDetailsCorrected',
  'ClientMerged',
  'ClientMergedInto',
  'ClientPersonalDataErased',
] as const satisfies readonly ClientEvent['type'][];
