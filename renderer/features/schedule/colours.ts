export const FALLBACK_COLOUR = '#868e96';
