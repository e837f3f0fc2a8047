import { createLocalizedTextResolvers } from '@cohesion/kit';

/** The level's multilingual text resolvers: Dutch first, then English, the languages the Flemish sources are written in. */
export const text = createLocalizedTextResolvers({ fallbackOrder: ['nl', 'en', 'fr', 'de'] });
