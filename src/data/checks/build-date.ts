/**
 * The day of the build, `YYYY-MM-DD` (UTC): a figure, access date or event after it has not
 * happened yet. `KAIMEN_BUILD_DATE` overrides it, to rebuild an old edition or to test.
 */
export function buildDate(): string {
  const override = process.env.KAIMEN_BUILD_DATE;
  return override && /^\d{4}-\d{2}-\d{2}$/.test(override) ? override : new Date().toISOString().slice(0, 10);
}

/** True when a `YYYY-MM-DD` date is the build date or earlier. */
export const notInFuture = (date: string) => date <= buildDate();
