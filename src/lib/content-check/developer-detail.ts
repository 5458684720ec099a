/**
 * Staff read Indonesian messages; developers sometimes need the parser's own words. With
 * `PZI_DEBUG=1` (the same switch that shows stack traces) the original is appended.
 */
export function withOriginal(message: string, original: string, env: Record<string, string | undefined> = process.env): string {
  return env.PZI_DEBUG === '1' ? `${message} [asli: ${original}]` : message;
}
