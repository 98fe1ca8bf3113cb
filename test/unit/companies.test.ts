import { strict as assert } from 'node:assert';
import { namesOf } from './namedEntityHelpers';

const CASES: readonly (readonly [rule: string, text: string, companies: readonly string[]])[] = [
  ['a title after a group ends the names on its right (`总裁`, as `总经理`)', '岭东集团高级副总裁华南区项目总监王林说。', ['岭东集团']],
  ['a listed company announcing', '鼎力机电晚间公告,公司拟投资新建厂房。星河股份(600123)公告称,ST青禾披露年报。', ['鼎力机电', '星河股份', 'ST青禾']],
  ['a listed short name of three characters with its code and a date', '云帆鸟(300456)3月9日晚间公告,公司拟在当地建设生产基地。', ['云帆鸟']],
  ['a listed short name with its exchange after a wire\'s bar', '财闻汇6月2日丨青禾新材(002765.SZ)公布,公司拟投资扩产。', ['青禾新材']],
  ['a listed short name after a dash, a colon, or 上市公司', '讯达通5月3日 - 鼎华股份(603210)发布公告。财讯:星河(600777.SH)11月6日晚公告。A股上市公司远山科技(002999)披露年报。', ['鼎华股份', '星河', '远山科技']],
  ['a listed short name governed by a preposition, or in a longer run, is not read', '据鼎华股份(603210)公告,收购云帆光电科技材料(300111)股权。', []],
  ['a Hong Kong short name with its five-digit code, in a headline or after a wire\'s lead', '青禾控股(00321)拟出资设立合营公司\n财讯APP讯,远山集团(01234.HK)公布,公司拟投资扩产。', ['青禾控股', '远山集团']],
  ['a five-digit number in brackets without the leading 0 is no code', '新开工项目(12345)青禾控股', []],
  ['a project\'s own company is a role, a registered name after 项目 is kept', '自项目公司投产之日起,青禾光伏项目有限公司实现产量', ['青禾光伏项目有限公司']],
  ['a stock code alone, or after a generic word, names no company', '代码(600123)与本公司(600124)的公告。', []],
  ['an office announcing is no company', '公司董事会公告称,市政府发布公告,本次公告披露了相关事项。', []],
  ['a wire\'s bar after the dateline', '5月20日丨鼎力机械集团公布拟扩建生产基地', ['鼎力机械集团']],
  ['an announcement\'s closing formula names no company', '本次对外投资事项尚需提交公司股东大会审议。', []],
  ['after 与', '高新区与江苏博通投资实业有限公司举行签约仪式', ['江苏博通投资实业有限公司']],
  ['股份有限公司', '引进了江西中控精密科技股份有限公司投资的项目', ['江西中控精密科技股份有限公司']],
  ['a list', '考察飞尚实业集团、深圳市优必选科技股份有限公司、美宜控股有限公司等企业', ['飞尚实业集团', '深圳市优必选科技股份有限公司', '美宜控股有限公司']],
  ['集团有限公司', '先后考察了浙大网新集团有限公司、浙江一亿中流控股有限公司等企业', ['浙大网新集团有限公司', '浙江一亿中流控股有限公司']],
  ['(集团) inside', '依托航空工业昌河飞机工业(集团)有限责任公司等大厂', ['航空工业昌河飞机工业(集团)有限责任公司']],
  ['(place) inside', '与蔚来汽车科技(安徽)有限公司签署合作协议', ['蔚来汽车科技(安徽)有限公司']],
  ['bare 集团', '充分发挥中国稀土集团的作用', ['中国稀土集团']],
  ['bare 公司 after a specific name', '捕捉到了丰宜科技公司信息', ['丰宜科技公司']],
  ['a verb the lists do not know, place opens the name', '深度绑定湖南财信金融控股集团有限公司投资契机', ['湖南财信金融控股集团有限公司']],
  ['a brand before the place', '与中车株洲电力机车有限公司签订协议', ['中车株洲电力机车有限公司']],
  ['a name with a stop character inside', '考察华为技术有限公司', ['华为技术有限公司']],
  ['Traditional Chinese', '上海微創醫療器械(集團)有限公司等12家企業簽約入駐', ['上海微創醫療器械(集團)有限公司']],
  ['numerals inside a name', '一拉得电网自动化有限公司成功申请贷款', ['一拉得电网自动化有限公司']],
  ['该公司 is generic', '该公司负责人为高新区的高效服务点赞', []],
  ['上市公司 is generic', '引进500强、上市公司、行业龙头等知名企业41家', []],
  ['a branch after its registered parent is one name', '比亚迪汽车工业有限公司襄阳分公司生产线满负荷运转', ['比亚迪汽车工业有限公司襄阳分公司']],
  ['a bare branch names none', '该分公司生产线满负荷运转', []],
  ['集团化 is not a company', '推动企业集团化发展', []],
  ['a subsidiary after its parent\'s 旗下', '临江集团旗下青禾材料有限公司与开发区签约', ['临江集团', '青禾材料有限公司']],
  ['a subsidiary said before its name', '远帆股份公告称,公司全资子公司湖东青禾新材料有限公司拟投资建设生产基地', ['远帆股份', '湖东青禾新材料有限公司']],
  ['a group\'s member registered under the group\'s name', '与中国华建集团湖东省水利建设有限公司、北岭路桥集团隧道工程有限公司签约', ['中国华建集团湖东省水利建设有限公司', '北岭路桥集团隧道工程有限公司']],
  ['a group before another group\'s registered name stays two', '青禾集团江南明达控股集团有限公司负责人出席', ['青禾集团', '江南明达控股集团有限公司']],
  ['a batch counted by its order is no name', '宁州市第十二批跨国公司地区总部名单发布,拥有首家国内创业板上市游戏公司的北海宏图集团入选', ['北海宏图集团']],
  ['a class of firms before the legal form names none', '系跨国公司设立的地区总部,全市境内跨国公司总部数量居前,区内新建外商投资公司86家', []],
  ['a place and a trade before a bare 集团 name a group', '甘肃医药集团、甘肃纺织集团等企业签约;当天分别与青海环保集团洽谈', ['甘肃医药集团', '甘肃纺织集团', '青海环保集团']],
  ['a place\'s zone before a trade and 集团 is left to the zone rules', '常德高新区投资集团举行签约', []],
  ['a trade alone before 集团, or 集团级, names none', '引进医药集团三家;在武汉建设集团级数据中心', []],
  ['和 or 及 in a brand after the place opening the name', '5月3日,湖南嘉利和泰材料有限公司开工;公司全资子公司江苏和顺汽车配件有限公司与重庆证券及登记所有限公司签约', ['湖南嘉利和泰材料有限公司', '江苏和顺汽车配件有限公司', '重庆证券及登记所有限公司']],
  ['a place after 和 opens a name of its own', '北京和天津青禾材料有限公司签约', ['天津青禾材料有限公司']],
  ['the kind of firm said before the name, 企业 closing it', '包括全国最大的光纤材料生产企业青禾集团,以及宁远企业管理有限公司', ['青禾集团', '宁远企业管理有限公司']],
  ['a notable after 不乏', '入驻企业中不乏东岳重工机械制造公司等行业龙头', ['东岳重工机械制造公司']],
];

describe('companies', () => {
  for (const [rule, text, companies] of CASES) {
    it(`${rule}: ${text}`, () => {
      assert.deepEqual(namesOf('COMPANY', text), companies);
    });
  }
});
