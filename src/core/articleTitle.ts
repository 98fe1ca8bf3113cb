// The article's title line as both the recogniser (headlineEcho.ts) and the links (linkParks.ts) read it:
// the first paragraph with a few Han characters that is not a page's furniture (a breadcrumb trail, a
// site's banner or menu, a government page's record table, a contact card, a list of other pages' titles).
// Shared so that both agree on the title.

/**
 * A paragraph's head (its first 200 units) that may be the article's title: four Han characters, and no
 * breadcrumb trail, site banner or record table (a title under them is the next such paragraph).
 */
export function mayBeTitle(head: string): boolean {
  return /(?:[\p{Script=Han}][^\p{Script=Han}]*){4}/u.test(head) && !BREADCRUMB.test(head) && !SITE_BANNER.test(head) && !isRecordTable(head) && !MENU_ENTRY.test(head) && !CONTACT_FIELD.test(head);
}

/**
 * A field of a contact card above the title (`联系人: 某女士`, `地址: 某省某市…`, `• 联系电话:…`, `QQ:站内信联系`): a
 * site's or a seller's furniture, whose value may hold Han characters enough for a title.
 */
const CONTACT_FIELD = /^\s*(?:[-*•·]\s*)?(?:联系人|联系电话|联系方式|电话|手机|邮箱|投稿邮箱|电子邮箱|地址|传真|邮编|QQ|微信|E-?mail)\s*[:：]/iu;

/** A list item's mark at a line's head (`- `, `• `). */
const LIST_MARK = /^\s*[-*•·]\s*/u;

/** How a paragraph at the top of a page reads: the title, an item of a list of other pages' titles, or neither. */
export type TopReading = 'title' | 'listed' | undefined;

/**
 * Reads the top of a page paragraph by paragraph, in order: the title is the first paragraph that may be one
 * (`mayBeTitle`), past a list of other pages' titles (`- 某某公司斩获…专利` and two more such items in a row: a
 * related-reading box above the title, not the title written as a list item, which stands alone or over a
 * line of its source). Each call peeks at two paragraphs after the one read (`next(1)`, `next(2)`).
 */
export class TopOfPage {
  private inList = false;

  read(head: string, next: (k: 1 | 2) => string | undefined): TopReading {
    const listed = LIST_MARK.test(head) && mayBeTitle(head);
    if (listed && (this.inList || (isListedTitle(next(1)) && isListedTitle(next(2))))) {
      this.inList = true;
      return 'listed';
    }
    this.inList = false;
    return mayBeTitle(head) ? 'title' : undefined;
  }
}

/** A paragraph's head that is a list item holding a title. */
function isListedTitle(head: string | undefined): boolean {
  return head !== undefined && LIST_MARK.test(head) && mayBeTitle(head);
}

/**
 * An entry of a site's menu: a bullet (`- 高新院新闻`, `• 海外动态`, `- 智慧城市news`, a scraped page's pinyin gloss in it: `- 高新区(qū)新闻`) or the home page's word (`首页财经`, `首页 产经 正文`)
 * and a few Han words, nothing else; a title, even one written as a list item, says more (a name, a figure, a verb).
 */
const MENU_ENTRY = /^\s*(?:[-*•·]\s*(?:\p{Script=Han}(?:\(\p{Ll}{1,8}\))?\s*){2,10}[A-Za-z]*|首[页頁]\s*(?:\p{Script=Han}\s*){1,6})$/u;

/** The fields of a government page's record table (`索引号 | … | 公开日期 | …`), not its title. */
const RECORD_FIELDS = /索\s*引\s*号|来\s*源|公开日期|发布机构|生成日期|文\s*号|主题分类|公开方式/;
/** Cells of a table line: two `|` at least. */
const TABLE_CELLS = /\|[^|]*\|/;

/** A line of a page's record table: cells and the fields a government site files its pages under. */
function isRecordTable(line: string): boolean {
  return TABLE_CELLS.test(line) && RECORD_FIELDS.test(line);
}

/**
 * A site's breadcrumb trail: where the page sits, the marks between its steps, or the home page's word
 * and a mark after it (`首页 / 要闻动态`, `首页——正文`; not `首页 某某区项目签约`, a title after it).
 */
const BREADCRUMB = /^\s*(?:您的位置|你的位置|当前位置|當前位置|所在位置)|>>|»|＞＞|^\s*首[页頁]\s*(?:[>＞/|]|——|-)/;

/**
 * A site's banner or menu above the title: its welcome, its name as the official site, the prompts to
 * download its app, bookmark it or open its mobile version (`欢迎访问…官网!`, `某某网——…唯一官方网站`,
 * `城市号 | 下载APP`, a currency converter's rate `美元换人民币 当前汇率…`, written simplified or Traditional); not a title that cites a site (`据某某官网消息,…`).
 */
const SITE_BANNER = /^[\s•·]*(?:欢迎|歡迎)(?:访问|光临|訪問|光臨)|(?:官方网站|官网|官方網站|官網)\s*[!！]?\s*$|设为首页|設為首頁|加入收藏|(?:官网|官網)\s*>|(?:下载|下載)\s*APP|手机版|手機版|当前汇率|當前匯率/;
