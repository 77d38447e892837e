/**
 * Entries that are what their list grants or names (wave 34): a permission, an OAuth scope, a tag, a security
 * practice. Two entries of one list never say the same one: "3 permissions: ACCESS_FINE_LOCATION, CAMERA and
 * ACCESS_FINE_LOCATION" lists one permission twice, which no app manifest does. Such a leaf is settled like a
 * record's own name (_distinct15.ts): drawn again, never repeated.
 */
export const ENTRY_LEAF34 = /^(permission|scope|privilege|tag|hashtag|keyword|skill|amenity|ingredient|practice)$/i;
