// Parks named after their partners with their site in brackets (`中某(某市)地方发展合作示范区`, `两岸(某市)农业合作
// 试验区`): the partners (two countries, two shores, a group) open the name, the place in brackets says where the
// park lies, and the programme follows. The programme holds words that end other park names (`发展`, `合作`, a
// programme's verbs), and the partners are no place we know, so the prefix scan stops short of the name. A known
// place in brackets after a short head is how such a name is built: it opens the park's name wherever it stands.

import { ADMIN_SUFFIX_CHARS } from '../lexicon/placeNames';
import { PARK_STOP_WORDS } from '../lexicon/boundaryWords';
import { charSet } from '../text';
import { extendLeft, scanOptions } from './nameScan';
import { PLACES } from './parkScan';

/** The words of a programme, read as name text after a bracketed site only (`地方发展合作`). */
const PROGRAMME_WORDS = ['发展', '深化', '承接', '合作'];
/** The programme between the bracket and the suffix: at most eight characters (`地方发展`, `农业合作`). */
const PROGRAMME_MAX = 8;
const PROGRAMME_SCAN = scanOptions({ cap: PROGRAMME_MAX, stopWords: PARK_STOP_WORDS, extraChars: '', protectedWords: PROGRAMME_WORDS });
/** The head before the bracket: the partners' short names, two to four characters (`中某`, `海峡两岸`). */
const HEAD_MIN = 2;
const HEAD_MAX = 4;
const HEAD_SCAN = scanOptions({ cap: HEAD_MAX + 1, stopWords: PARK_STOP_WORDS, extraChars: '' });
/** The longest place read in brackets, its administrative suffix included. */
const SITE_MAX = 5;
const ADMIN = charSet(ADMIN_SUFFIX_CHARS);
const CLOSE = 0x29; /* ) */
const OPEN = 0x28; /* ( */

/**
 * Start of a park named `head(site)programme` whose suffix starts at `anchor`, where its own prefix scan gave
 * `start` (-1 for none): the programme scanned back from the suffix must reach a bracket holding only a place we
 * know (its administrative suffix allowed), and a head of two to four characters must stand before it with a
 * boundary on its left. `start` when the name is not built so, or when the prefix scan already read the bracket
 * (`某某(某市)协同发展示范区` after a known place: its start is the place's).
 */
export function bracketedSiteStart(text: string, anchor: number, floor: number, start: number): number {
  const programme = programmeStart(text, anchor, floor);
  if (programme < 0) return start;
  const open = siteOpen(text, programme, floor);
  if (open < 0 || (start >= 0 && start <= open)) return start;
  const head = extendLeft(text, open, floor, HEAD_SCAN);
  const length = open - head;
  // A longer run of name characters (the scan reads one more) is a sentence, not the partners' short name.
  return length < HEAD_MIN || length > HEAD_MAX ? start : head;
}

/** Start of the programme words right after a `)`, scanned back from `anchor`; -1 when no bracket closes before them. */
function programmeStart(text: string, anchor: number, floor: number): number {
  // The scan passes over brackets: look for the first `)` it crossed, the programme starts right after it.
  const start = extendLeft(text, anchor, floor, PROGRAMME_SCAN);
  for (let k = anchor - 1; k >= start; k--) if (text.charCodeAt(k) === CLOSE) return k + 1;
  return start > floor && text.charCodeAt(start - 1) === CLOSE ? start : -1;
}

/** The `(` of the bracket closing right before `programme`, when it holds only a place we know; else -1. */
function siteOpen(text: string, programme: number, floor: number): number {
  const close = programme - 1;
  for (let k = close - 2; k >= Math.max(floor, close - SITE_MAX - 1); k--) {
    if (text.charCodeAt(k) !== OPEN) continue;
    // `(扬州)` is a place whole, `(成都市)` one with its administrative suffix.
    const place = PLACES.longestStartingAt(text, k + 1, close);
    return place === close - k - 1 || (place === close - k - 2 && ADMIN.has(text.charCodeAt(close - 1))) ? k : -1;
  }
  return -1;
}
