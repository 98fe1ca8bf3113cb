// The figure a size class is bounded by (guidelines, role `threshold`): classes are drawn at round
// figures (`10亿元以上项目`, `投资超5000万元的项目`, `1500万美元以上`), so a figure measured to more
// digits (`16个总投资超3.6亿元的农业项目`, `两个总投资额近28.35亿元的投资项目`, `21个项目总投资逾270亿元`)
// is what the counted projects add up to, not a class each of them falls in; so is a figure they nearly
// reach (`总额投资近500亿元的项目`): a class is passed, never nearly reached.
import { code } from '../text';

/** Significant digits read: enough for any amount the recogniser reads, few enough to drop float noise. */
const PRECISION = 12;

/** The half step a round bound may take after its leading digit (`1.5亿`, `2500万`). */
const HALF = '5';

/**
 * Whether `value` may bound a size class: one significant digit (`3亿`, `50亿`, `5000万`), or a
 * leading digit and a half (`1.5亿`, `2500万`).
 */
export function isRoundBound(value: number): boolean {
  const digits = significantDigits(value);
  return digits.length <= 1 || (digits.length === 2 && digits[1] === HALF);
}

/** The digits of `value` without its leading and trailing zeros (`360000000` → `36`). */
export function significantDigits(value: number): string {
  const fixed = Math.abs(value).toPrecision(PRECISION);
  const mantissa = fixed.split('e')[0].replace('.', '');
  return mantissa.replace(/^0+/, '').replace(/0+$/, '');
}

/** Integers below this are written digit for digit by `toPrecision(PRECISION)`. */
const EXACT_BELOW = 10 ** PRECISION;

/**
 * `significantDigits(value).length`, without writing the value out where it is a whole number (nearly every amount,
 * counted in units of its currency): its digits after the trailing zeros are dropped.
 */
export function significantDigitCount(value: number): number {
  let whole = Math.abs(value);
  if (!(Number.isInteger(whole) && whole >= 1 && whole < EXACT_BELOW)) return significantDigits(value).length;
  while (whole % 10 === 0) whole /= 10;
  return String(whole).length;
}

const JIN = code('近');
const ZUI = code('最');

/** `近X`, `将近X`, `接近X` (not `最近`): a figure nearly reached is a measured one, no bound. */
export function nearlyReached(text: string, start: number): boolean {
  return text.charCodeAt(start - 1) === JIN && text.charCodeAt(start - 2) !== ZUI;
}
