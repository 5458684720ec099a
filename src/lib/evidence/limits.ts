/** Limits on evidence files, set here once. Changing a number here changes the check, the build and the packs. */

const MB = 1024 * 1024;

/** Largest evidence file the build accepts (25 MB): bigger files belong on another channel, linked with `url`. */
export const MAX_FILE_BYTES = 25 * MB;

/** Files larger than this are left out of an area's evaluator ZIP (and listed in its README), to keep packs downloadable. */
export const PACK_MAX_FILE_BYTES = 10 * MB;
