import type { Command } from '@casemgmt/decider';
import type { ClientStanding } from './client-standing';
import type { ErasureBasis } from './client.events';
import type {
  ClientDemographics,
  ClientDemographicsCorrection,
  ClientPersonal,
  ClientPersonalCorrection,
} from './client.types';
import type { DuplicateCandidate } from './duplicates/client-matching';

type Data = { readonly clientId: string };
export type RegisterClient = Command<
  'RegisterClient',
  Data & {
    readonly personal: ClientPersonal;
    readonly preferredLanguage: string;
    readonly demographics: ClientDemographics;
    /** Registered clients the duplicate search found for this person. */
    readonly duplicateCandidates: readonly DuplicateCandidate[];
    /** Why the worker registers a new client although candidates were found. */
    readonly overrideReason?: string;
  }
>;
export type CorrectClientDetails = Command<
  'CorrectClientDetails',
  Data & {
    readonly changes: {
      readonly personal?: ClientPersonalCorrection;
      readonly preferredLanguage?: string;
      readonly demographics?: ClientDemographicsCorrection;
    };
    readonly reason: string;
  }
>;
/** Decided on the survivor's stream. */
export type MergeClient = Command<'MergeClient', Data & { readonly mergedClientId: string; readonly reason: string }>;
/** Decided on the merged client's stream. */
export type MergeClientInto = Command<
  'MergeClientInto',
  Data & {
    readonly survivorId: string;
    readonly reason: string;
    /** The survivor as its stream tells it (read by the handler): a refused merge writes nothing on either side. */
    readonly survivor: ClientStanding;
  }
>;
export type EraseClientPersonalData = Command<'EraseClientPersonalData', Data & { readonly basis: ErasureBasis }>;

export type ClientCommand =
  RegisterClient | CorrectClientDetails | MergeClient | MergeClientInto | EraseClientPersonalData;
