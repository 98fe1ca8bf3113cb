// The article's title line as both the recogniser (headlineEcho.ts) and the links (linkParks.ts) read it:
// the first paragraph with a few Han characters that is not a page's furniture (a breadcrumb trail, a
// site's banner or menu, a government page's record table). Shared so that both agree on the title.

/**
 * A paragraph's head (its first 200 units) that may be the article's title: four Han characters, and no
 * breadcrumb trail, site banner or record table (a title under them is the next such paragraph).
 */
export function mayBeTitle(head: string): boolean {
  return /(?:[\p{Script=Han}][^\p{Script=Han}]*){4}/u.test(head) && !BREADCRUMB.test(head) && !SITE_BANNER.test(head) && !isRecordTable(head);
}

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
 * `城市号 | 下载APP`, written simplified or Traditional); not a title that cites a site (`据某某官网消息,…`).
 */
const SITE_BANNER = /^[\s•·]*(?:欢迎|歡迎)(?:访问|光临|訪問|光臨)|(?:官方网站|官网|官方網站|官網)\s*[!！]?\s*$|设为首页|設為首頁|加入收藏|(?:官网|官網)\s*>|(?:下载|下載)\s*APP|手机版|手機版/;
