/**
 * Why a CSV row has too many fields, when it is a number written with thousands separators:
 * `271,900,000` unquoted splits into `271`, `900`, `000`. Returns a sentence to append to the
 * message, or '' when the row does not look like that.
 */
export function thousandsHint(fields: readonly string[], valueColumn: number): string {
  for (let i = Math.max(0, valueColumn - 1); i < fields.length - 1; i++) {
    if (!/^-?\d{1,3}$/.test(fields[i]!.trim())) continue;
    let end = i + 1;
    while (end < fields.length && /^\d{3}(?:\.\d+)?$/.test(fields[end]!.trim())) end++;
    if (end > i + 1) {
      const written = fields.slice(i, end).map((f) => f.trim()).join(',');
      return `: "${written}" looks like one number written with thousands separators. Write it without commas: ${written.replaceAll(',', '')}`;
    }
  }
  return '';
}
