import { ErrorCode as KitErrorCode, PUBLIC_ERROR_CODES } from '@cohesion/kit';
import { ERROR_CODES, isErrorCode } from './error-codes';

describe('error codes', () => {
  it('are every code the hub lets through to callers, and the code of a masked error', () => {
    expect([...ERROR_CODES].sort()).toEqual([...PUBLIC_ERROR_CODES, KitErrorCode.INTERNAL_SERVER_ERROR].sort());
  });

  it('tells a known code from anything else', () => {
    expect(isErrorCode('PERSISTED_QUERY_NOT_FOUND')).toBe(true);
    expect(isErrorCode('NOT_A_CODE')).toBe(false);
    expect(isErrorCode(42)).toBe(false);
  });
});
