export { ENTITY_KEYS } from './entity-keys';
export { typePolicies } from './type-policies';
export { scalars } from './scalars';
