/** What the shared `Venue` type resolves from: the venue columns of an event row. */
export type VenueSource = {
  online: boolean | null;
  name: string | null;
  address: string | null;
  postalCode: string | null;
  city: string | null;
  /** The 2025 NIS code of the venue's municipality, when the address identifies it. */
  municipalityNis: string | null;
};

/** What the shared `Speaker` type resolves from: a speaker or author as the source names them. */
export type SpeakerSource = {
  name: string | null;
  honorific?: string | null;
  affiliation?: string | null;
  /** A `SpeakerRole` value (SPEAKER, MODERATOR), when the source says. */
  role?: string | null;
  part?: string | null;
  note?: string | null;
};

/** What the shared `FunctionalContact` type resolves from; a level fills the parts its sources give. */
export type FunctionalContactSource = {
  email: string | null;
  phone: string | null;
  otherPhones?: string[];
  contactForm?: string | null;
  registrationForm?: string | null;
  website?: string | null;
};
