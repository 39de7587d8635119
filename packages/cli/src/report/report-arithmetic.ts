/** Rounding and shares as every figure of the report uses them: one decimal place, null for nothing to divide by. */

/**
 * Rounds to one decimal place, halves away from zero (−0.25 → −0.3, as people round by hand).
 * The product is trimmed to 12 significant digits first, so 0.15 × 10 (1.4999…) rounds up.
 */
export function oneDecimal(value: number): number {
  const tenths = Number((Math.abs(value) * 10).toPrecision(12));
  const rounded = (Math.sign(value) * Math.round(tenths)) / 10;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** part / whole × 100 to one decimal place, or null when whole is 0. */
export function percentOf(part: number, whole: number): number | null {
  return whole === 0 ? null : oneDecimal((part / whole) * 100);
}

/** total / count to one decimal place, or null when count is 0. */
export function averageOf(total: number, count: number): number | null {
  return count === 0 ? null : oneDecimal(total / count);
}
