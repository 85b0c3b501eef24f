/**
 * Text stored in every language the municipality offers. German is required; the other languages
 * fall back to German when a translation is missing (see `pickText`).
 */
export type LocalizedText = { de: string; en?: string; de_ls?: string };

/** A localized list of short texts, e.g. the documents a citizen must bring. */
export type LocalizedList = { de: string[]; en?: string[]; de_ls?: string[] };
