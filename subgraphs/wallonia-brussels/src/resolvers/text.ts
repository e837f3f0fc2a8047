import { createLocalizedTextResolvers } from '@cohesion/kit';

/** This level's multilingual text resolvers: the official languages first, then English (as it always answered). */
export const text = createLocalizedTextResolvers({ fallbackOrder: ['nl', 'fr', 'de', 'en'] });
