/**
 * The municipality's name for the header and page titles. The API does not tell it yet, so a
 * deployment sets it at build time (VITE_TOWN_NAME); the demo town is the default.
 */
export const TOWN_NAME: string = import.meta.env.VITE_TOWN_NAME || 'Musterstadt';
