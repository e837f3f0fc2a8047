/**
 * The codes of a mutation payload's `userErrors` (schema/common.graphql `UserErrorCode`): the same closed set as the
 * hub's GraphQL error codes, for what the caller can correct.
 */
export const UserErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  CONFLICT: 'CONFLICT',
  NOT_FOUND: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
} as const;
export type UserErrorCode = (typeof UserErrorCode)[keyof typeof UserErrorCode];

/**
 * One reason a mutation wrote nothing (Apollo's payload pattern): `field` is the input path (`input.meetingFrequency`),
 * `message` names the offending value and says what is accepted.
 */
export type UserError = {
  code: UserErrorCode;
  field: string;
  message: string;
  /** For a CONFLICT: the record's current version, so the caller can re-read and retry. */
  currentVersion?: number;
};

/** The field of a mutation input, as `userErrors` name it: `input.` and the path inside the input. */
export function inputField(path: string): string {
  return `input.${path}`;
}

/** A malformed or unacceptable input value: names the field, the value and what is accepted. */
export function invalidValue(path: string, value: unknown, accepted: string): UserError {
  return { code: UserErrorCode.BAD_USER_INPUT, field: inputField(path), message: `Invalid ${path} ${JSON.stringify(value)}: ${accepted}.` };
}

/** The record named by the input does not exist. */
export function recordNotFound(path: string, recordType: string, id: string): UserError {
  return { code: UserErrorCode.NOT_FOUND, field: inputField(path), message: `No ${recordType} ${JSON.stringify(id)}: check the id.` };
}

/** The caller's jurisdictions do not cover the record; nothing is said about the record beyond its id. */
export function outsideJurisdiction(path: string, recordType: string, id: string): UserError {
  return {
    code: UserErrorCode.FORBIDDEN,
    field: inputField(path),
    message: `Your jurisdictions do not cover ${recordType} ${JSON.stringify(id)}: you may write only records of your own jurisdiction.`,
  };
}

/** The record changed since the caller read it: the caller re-reads (`currentVersion`) and tries again. */
export function versionConflict(recordType: string, id: string, expectedVersion: number, currentVersion: number): UserError {
  return {
    code: UserErrorCode.CONFLICT,
    field: inputField('expectedVersion'),
    message: `${recordType} ${JSON.stringify(id)} is at version ${currentVersion}, not ${expectedVersion}: read it again and retry with expectedVersion ${currentVersion}.`,
    currentVersion,
  };
}
