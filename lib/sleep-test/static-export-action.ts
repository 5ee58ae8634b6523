/**
 * Stands in for app/(site)/sleep-test/actions.ts in the static export, which cannot
 * contain server actions (next.config.mjs aliases it). Readers without
 * JavaScript then get the form's note that this version needs JavaScript.
 */
export const submitSleepTest = undefined;
