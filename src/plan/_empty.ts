/** `{}`: an object with no field, which no list holds as a record. */
export const isEmptyRecord = (item: unknown): boolean => item !== null && typeof item === 'object' && !Array.isArray(item) && Object.keys(item).length === 0;
