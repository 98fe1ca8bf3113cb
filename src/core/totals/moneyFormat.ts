// Amounts as researchers read them, for display: the summary panel, the hover and the CLI.
// Kept apart from the summing (totals.ts) so that showing a number pulls in no totals code.
import { currencyWords, SHOWN } from '../recognition/currencies';

/** The currency word researchers read after 万/亿; other codes are written after a space. */
let shownWords: Map<string, string> | undefined;

/**
 * An amount in the unit researchers read: `65.1亿元`, `8000万元`, `5.215亿美元`, `67元`
 * (亿 from 1e8, 万 from 1e4, up to 4 decimals, trailing zeros dropped). Currencies without a
 * Chinese word get their code: `3万 XYZ`. The exact value is `formatExactAmount`.
 */
export function formatAmount(value: number, currency: string): string {
  if (!Number.isFinite(value)) return `${value} ${currency}`;
  const sign = value < 0 ? '-' : '';
  const magnitude = Math.abs(value);
  const [scaled, multiplier] = magnitude >= 1e8 ? [magnitude / 1e8, '亿'] : magnitude >= 1e4 ? [magnitude / 1e4, '万'] : [magnitude, ''];
  const digits = trimZeros(scaled.toFixed(4));
  const word = (shownWords ??= new Map(currencyWords(SHOWN).map(([w, code]) => [code, w]))).get(currency);
  return word ? `${sign}${digits}${multiplier}${word}` : `${sign}${digits}${multiplier} ${currency}`;
}

/** The exact value with thousands separators and the ISO code: `6,510,000,000 CNY`. */
export function formatExactAmount(value: number, currency: string): string {
  if (!Number.isFinite(value)) return `${value} ${currency}`;
  const sign = value < 0 ? '-' : '';
  const [whole, fraction] = trimZeros(Math.abs(value).toFixed(2)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${fraction ? `.${fraction}` : ''} ${currency}`;
}

function trimZeros(fixed: string): string {
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}
