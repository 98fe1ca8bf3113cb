// Currencies: every word this genre writes for one, the ISO 4217 code it stands for, and where
// it is written. The recogniser reads amounts with it (money.ts, moneyQualifier.ts) and the
// display writes them back (moneyFormat.ts), so a currency is added in one place.

/** Written after the number (`5亿美元`). */
export const AFTER = 1;
/** Written before the number (`人民币5000万元`, `美元3000万`). */
export const BEFORE = 2;
/** The word shown for its code (`5.215亿美元`); a code without one is shown as the code. */
export const SHOWN = 4;

/** [word, ISO code, where: AFTER | BEFORE | SHOWN]. Folded text: `億` `幣` `歐` `韓` are simplified. */
export const CURRENCY_WORDS: readonly (readonly [string, string, number])[] = [
  ['元人民币', 'CNY', AFTER], ['元新台币', 'TWD', AFTER], ['元台币', 'TWD', AFTER], ['人民币', 'CNY', AFTER | BEFORE], ['元', 'CNY', AFTER | SHOWN], ['块钱', 'CNY', AFTER],
  ['圆', 'CNY', AFTER], ['圓', 'CNY', AFTER],
  ['美元', 'USD', AFTER | BEFORE | SHOWN], ['美金', 'USD', AFTER],
  ['港元', 'HKD', AFTER | BEFORE | SHOWN], ['港币', 'HKD', AFTER | BEFORE],
  ['欧元', 'EUR', AFTER | BEFORE | SHOWN],
  ['日元', 'JPY', AFTER | BEFORE | SHOWN], ['日圆', 'JPY', AFTER],
  ['英镑', 'GBP', AFTER | BEFORE | SHOWN], ['英鎊', 'GBP', AFTER],
  ['韩元', 'KRW', AFTER | BEFORE | SHOWN], ['韩币', 'KRW', AFTER | BEFORE],
  ['新台币', 'TWD', AFTER | BEFORE | SHOWN], ['台币', 'TWD', AFTER | BEFORE],
  ['新加坡元', 'SGD', AFTER | SHOWN], ['新元', 'SGD', AFTER],
  ['澳元', 'AUD', AFTER | SHOWN],
  ['加元', 'CAD', AFTER | SHOWN],
  ['瑞士法郎', 'CHF', AFTER | SHOWN], ['瑞郎', 'CHF', AFTER],
  ['澳门元', 'MOP', AFTER | SHOWN], ['澳门币', 'MOP', AFTER | BEFORE],
  ['卢布', 'RUB', AFTER | SHOWN],
  ['泰铢', 'THB', AFTER], ['林吉特', 'MYR', AFTER], ['印度卢比', 'INR', AFTER], ['卢比', 'INR', AFTER], ['越南盾', 'VND', AFTER],
  // the ringgit and the dong as Chinese news in Malaysia and Vietnam also writes them (`35亿马币`, `1.4万亿越盾`)
  ['马币', 'MYR', AFTER], ['令吉', 'MYR', AFTER], ['越盾', 'VND', AFTER],
  // Currencies of the countries Chinese firms build factories in, as news of such a factory writes them:
  // the country's name may stand inside the word (`54亿马来西亚林吉特`), Traditional copies keep `銖`
  // (not folded), and a bare `比索` in such news is most often Mexico's.
  ['马来西亚林吉特', 'MYR', AFTER], ['马来西亚令吉', 'MYR', AFTER], ['铢', 'THB', AFTER], ['銖', 'THB', AFTER],
  ['福林', 'HUF', AFTER], ['比索', 'MXN', AFTER], ['墨西哥比索', 'MXN', AFTER], ['菲律宾比索', 'PHP', AFTER],
  ['印尼盾', 'IDR', AFTER], ['兰特', 'ZAR', AFTER], ['雷亚尔', 'BRL', AFTER], ['里拉', 'TRY', AFTER],
  ['兹罗提', 'PLN', AFTER], ['坚戈', 'KZT', AFTER], ['迪拉姆', 'AED', AFTER], ['埃及镑', 'EGP', AFTER],
];

/** The words of the currencies written `where` (AFTER, BEFORE or SHOWN), with their codes. */
export function currencyWords(where: number): [string, string][] {
  return CURRENCY_WORDS.filter(([, , places]) => (places & where) !== 0).map(([word, code]) => [word, code]);
}
