// PARK spans: the words of a sentence around a park (its verb, the goal it states) are no part of a name.
import { assertNames } from '../namedEntityHelpers';

describe('a sentence\'s verb before a park', () => {
  it('keeps a verb of excepting, overlooking, announcing or mentioning out of the park name', () => {
    assertNames('除[[PARK:岚溪工业园]]外,各园区均已满员。');
    assertNames('站在山顶俯瞰[[PARK:北河工业园]],厂房林立。');
    assertNames('镇长宣告[[PARK:南坪旺福产业园区]]正式启用。');
    assertNames('座谈会上多位代表提到[[PARK:桐江特别合作区]]的经验。');
    assertNames('线上直播[[PARK:台商精工产业园区]]签约现场。');
  });

  it('keeps a verb of pressing on or granting out, so a bare zone word after it names no park', () => {
    assertNames('枫林区加大[[PARK:甘蔗循环经济产业园区]]建设力度。');
    assertNames('落地企业可享受保税区待遇,园区人事比照省级开发区执行。');
    assertNames('方案赋予自贸试验区先行先试权限,县里下达高新区的指标均已完成。');
  });

  it('keeps the aspect particle out of a park in Traditional text, where it is written 著', () => {
    assertNames('[[PARK:青嵐工業園]]今年再添兩家新廠。隨著工業園配套道路通車,隨著[[PARK:柳汀物流園]]投用,物流成本明顯下降。');
  });

  it('keeps the particle after another verb out too, so a bare zone word after it names no park; 著名 stays a quality', () => {
    assertNames('該項目在[[PARK:青嵐高新區]]開工,標志著高新區產業升級,意味著開發區再添動能。');
    assertNames('這是一個著名锂电产业园,也是著名的[[PARK:柳汀工業園]]。');
  });

  it('keeps the day and the month a sentence reports out of a park name', () => {
    assertNames('經理說,今天產業園的奠基只是開始。1-6月份經開區稅收增長5%。');
  });
});

describe('a first-class rank before an industry park', () => {
  it('reads a park ranked first class in its prefix as a goal, a kind of park, with or without 的', () => {
    assertNames('到2030年基本建成世界一流光电产业基地;桐江要打造国内一流光电产业园区。');
    // A park opening with its place keeps its name, and a park with no rank is named.
    assertNames('[[PARK:衡阳世界一流光电产业园]]开园,[[PARK:青岚光电产业园]]开工。');
  });
});

describe('going to a park', () => {
  it('keeps 到 out of the park gone to', () => {
    assertNames('相关部门负责人到[[PARK:矣临工业园区]]调研项目。');
    assertNames('邀请省内客商到[[PARK:桐溪经济开发区]]考察。');
  });

  it('names the park inside a zone said without its name, not the zone', () => {
    assertNames('县长王志明到县经济开发区[[PARK:篁山园区]]调研。');
  });
});

describe('being put on a list or giving to a cause before a zone word', () => {
  it('keeps 列入, 纳入 and 贡献 out of a name, so the bare kind after them is no park', () => {
    assertNames('该县被列入重点开发区名单,全县纳入省级开发区序列。');
    assertNames('为全省高质量发展贡献新区力量。');
  });
});
