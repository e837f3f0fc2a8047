import { readdirSync } from 'node:fs';
import { CONTENT_DIR, readContentFile } from './read-seed-content';

const LANGUAGES = ['nl', 'fr', 'de', 'en'] as const;

/** How many multilingual texts a content tree holds, and in how many of them each language is given. */
export type TextCounts = { texts: number } & Record<(typeof LANGUAGES)[number], number>;

const isText = (value: object): value is Record<string, unknown> =>
  Object.keys(value).length > 0 && Object.keys(value).every((key) => (LANGUAGES as readonly string[]).includes(key));

/**
 * Counts the multilingual texts of a content tree: every object whose keys are all language codes (`{ nl, fr }`),
 * wherever it sits. A language counts where its text is a non-empty string, so that the numbers say how often a
 * French or German reader gets their own language rather than a fallback (issue 8, "Languages said honestly").
 */
export function countTextsByLanguage(content: unknown, counts: TextCounts = { texts: 0, nl: 0, fr: 0, de: 0, en: 0 }): TextCounts {
  if (Array.isArray(content)) {
    for (const item of content) countTextsByLanguage(item, counts);
  } else if (content !== null && typeof content === 'object') {
    if (isText(content)) {
      counts.texts += 1;
      for (const language of LANGUAGES) if (typeof content[language] === 'string' && content[language] !== '') counts[language] += 1;
    } else {
      for (const value of Object.values(content)) countTextsByLanguage(value, counts);
    }
  }
  return counts;
}

/** The counts of every JSON file of db/seed/content, by file name. */
export function countContentTextsByLanguage(): Record<string, TextCounts> {
  const files = readdirSync(CONTENT_DIR).filter((file) => file.endsWith('.json')).sort();
  return Object.fromEntries(files.map((file) => [file, countTextsByLanguage(readContentFile<unknown>(file).value)]));
}
