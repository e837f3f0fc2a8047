export { ENTITY_KEYS } from './entity-keys';
export { typePolicies } from './type-policies';
export { scalars } from './scalars';
export { ERROR_CODES, isErrorCode, type ErrorCode } from './error-codes';
export { OPERATION_IDS, type OperationName } from './operation-ids';
export { addEntityKeys } from './add-entity-keys';
