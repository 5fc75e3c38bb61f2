/** The identifier systems a client record may carry. */
export const IDENTIFIER_SYSTEMS = ['ssn', 'medicaid', 'medicare', 'state_id', 'agency_mrn', 'other'] as const;
export type IdentifierSystem = (typeof IDENTIFIER_SYSTEMS)[number];

export interface ClientIdentifier {
  readonly system: IdentifierSystem;
  readonly value: string;
}

export interface PostalAddress {
  readonly line1: string;
  readonly city: string;
  readonly state: string;
  readonly postalCode: string;
  readonly county?: string;
}

export interface ClientContact {
  readonly phone?: string;
  readonly email?: string;
  readonly address?: PostalAddress;
}

/** Everything that identifies the person: sealed with the client's own key in every stored event. */
export interface ClientPersonal {
  readonly givenName: string;
  readonly familyName: string;
  readonly middleName?: string;
  /** YYYY-MM-DD */
  readonly dateOfBirth: string;
  readonly identifiers: readonly ClientIdentifier[];
  readonly contact: ClientContact;
}

/** Corrected personal fields only; `middleName: null` clears it, `identifiers` and `contact` replace the whole. */
export interface ClientPersonalCorrection {
  readonly givenName?: string;
  readonly familyName?: string;
  readonly middleName?: string | null;
  readonly dateOfBirth?: string;
  readonly identifiers?: readonly ClientIdentifier[];
  readonly contact?: ClientContact;
}

export const SEX_VALUES = ['female', 'male', 'other', 'unknown'] as const;
export type Sex = (typeof SEX_VALUES)[number];

export interface ClientDemographics {
  readonly sex?: Sex;
  readonly genderIdentity?: string;
  readonly race?: readonly string[];
  readonly ethnicity?: string;
  readonly veteran?: boolean;
}

/** Corrected demographic fields only; `null` clears one. */
export type ClientDemographicsCorrection = {
  readonly [K in keyof ClientDemographics]?: ClientDemographics[K] | null;
};
