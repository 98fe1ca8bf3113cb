// Words a park's name ends with (folded, Simplified). Two kinds, because their left edges differ:
//
// ZONE suffixes name administrative zones. What precedes them is a place (`衡阳高新区`), a
// gazetteer name (`火炬高新区`) or both (`中山火炬高新区`); anything else before them is the
// sentence (`推介高新区`), and a zone suffix alone is the generic noun (`高新区`), not a park.
//
// AREA suffixes name parks built around an industry or an owner (`锂电产业园`,
// `京东数字经济产业园`, `无锡国际生命科学创新园`, `航空小镇`): their prefix is descriptive, so it
// is found by extending left over name characters up to a boundary word.
//
// Both lists are tried longest first, so `高新技术产业开发区` wins over `开发区`.

/** `井开区`, `昆开区`: a one-character abbreviation of a zone's own name, then 开区 (see parks.ts). */
export const ABBREVIATED_ZONE_SUFFIX = '开区';

/** `某某港区`: a port's zone (an area suffix, read in parkPrefix.ts). */
export const PORT_ZONE = '港区';

export const ZONE_SUFFIXES: readonly string[] = [
  // a city's development and high-tech zones run as one, their two kinds joined by 和 (`某某经济技术和高新技术产业开发区`)
  '经济技术和高新技术产业开发区',
  '高新技术产业开发区', '高新技术产业园区', '高新技术工业园区', '高新技术开发区', '高新技术园区', '新技术产业开发区', '新技术开发区',
  '高新区', '高新园区', '高科技园区',
  '经济技术开发区', '经济开发区', '经济技术开发区', '经开区', '技术开发区', '开发区',
  // a comprehensive development zone, one kind of zone (`某某综合开发区`, often abroad): 综合 is a quality word,
  // which would end the prefix scan before the zone's own name
  '综合开发区',
  '工业园区', '工业集中区', '产业集中区', '综合保税区', '保税港区', '保税区', '综保区', '出口加工区',
  // Taiwan's export processing zones, words the other way round (`楠梓加工出口区`)
  '加工出口区',
  // and their short name after the place (`高雄加工区`): only after a known place, as `农产品加工区` is a kind
  '加工区',
  '自由贸易试验区', '自贸试验区', '自贸区',
  '产业集聚区', '产业新区', '新区', '台商投资区',
  // investment zones named after their place (`某某投资区`, Fujian's for overseas investors): only after a known place
  '投资区',
  // Henan's former 产业集聚区 renamed (`某某县先进制造业开发区`): the county, then this whole suffix
  '先进制造业开发区',
  // zones of cross-border and overseas-Chinese trade (`凭祥边境经济合作区`, `东方市华侨经济区`)
  '边境经济合作区', '跨境经济合作区', '经济合作区', '华侨经济区',
  // the economic zone of a border crossing, named after its port town (`某某口岸经济区`): 口岸 opens no own name of a city's `经济区`
  '口岸经济区',
  // a border cooperation zone by its short name (`某某边合区`), a border trade zone two countries hold for their
  // traders (`中某互市贸易区`; the residents' kind, `边民互市贸易区`, is generic: `边民` in GENERIC), and a headquarters
  // district named after its place (`某某湖总部经济区`)
  '边合区', '互市贸易区', '总部经济区',
  // an economic cooperation zone by its short name (`某某经合区`), as 经开区 is an economic development zone's
  '经合区',
  // zones named after their city and an own name (`某市九华经济区`): only so, as a region's economy is named
  // alike (see ownNamedZoneStart in zonePrefix.ts)
  '经济区',
  // zones two sides develop together (`某某湾合作创新区`)
  '合作创新区',
  // a zone's part run by a county, named after it (`某某保税港区某某功能区`): only after a known place
  '功能区',
  // airport economy zones and free-trade sub-zones (`郑州航空港区`, `长沙临空经济示范区`, `南沙自贸片区`)
  '临空经济示范区', '临空经济区', '临空区', '空港经济区', '航空港区', '自贸片区', '综改示范区', '综改区',
  // the local abbreviation `X开区` (`吉安井开区` = 井冈山经开区): after a place and one character, or alone opening a clause
  ABBREVIATED_ZONE_SUFFIX,
  // demonstration and pilot zones (`新乡平原示范区`, `上饶高铁经济试验区`): only after a known place,
  // see PLACE_ONLY_ZONE_SUFFIXES
  '示范区', '经济试验区', '综合试验区',
  // zones the state sets up for a programme, named after their place and the programme (`某某综合实验区`,
  // `某某车联网先导区`, `某某深化两岸产业合作试验区`): only after a known place, see PROGRAMME_ZONE_SUFFIXES
  '试验区', '实验区', '先导区', '先行区',
  // clusters of a trade named after their city (`某市现代服务业集聚区`; guidelines: 集聚区 names are PARKs): only
  // after a known place, as a trade alone is a kind (`人才集聚区`, `物流集聚区`)
  '集聚区',
  // zones joining industry and city (`某某市产城融合示范区`, a national programme): only after a known place
  '产城融合示范区',
  // Taiwan names parks `X园区` after the place (`台中园区`, `屏东园区`, `楠梓第三园区`): only after a
  // known place, as `园区` alone is the generic noun
  '园区',
  // a city's industrial districts named after their place (`临港产业区`): only after a known place, as
  // `产业区` alone is the generic noun (`重点产业区`)
  '产业区',
  // industrial districts (`金山工业区`, `某某石化工业区`): after any short place, as `工业园区` is; news
  // writes the generic noun with a verb or a count in front (`加快工业区…`, `三工业区`), which no zone
  // prefix takes
  '工业区',
  // special economic zones (`某某经济特区`, often abroad) and their short name (`某港特区`); a city we know before a bare
  // 特区 is that city as a whole, no zone (`香港特区政府`: cityAsSpecialZone in specialZones.ts)
  '经济特区', '特区',
  // Fujian's investment zones for Taiwanese firms by their short name (`某州台商区`): only after a known place, as `台商投资区`
  '台商区',
];

/**
 * Zone suffixes that also end generic phrases (`生态文明示范区`): a park only after a place we
 * know, never with an unknown prefix.
 */
export const PLACE_ONLY_ZONE_SUFFIXES: readonly string[] = [
  '功能区', '示范区', '产城融合示范区', '加工区', '经济试验区', '综合试验区', '试验区', '实验区', '先导区', '先行区', '集聚区', '园区', '产业区',
  '投资区', '台商区',
];

/**
 * Programme zones (`某某国家传感网创新示范区`, `某某人工智能创新应用先导区`): after a known place, the programme
 * they are set up for may run longer than the short qualifier other zones take (zoneProgrammes.ts).
 */
export const PROGRAMME_ZONE_SUFFIXES: readonly string[] = ['示范区', '经济试验区', '综合试验区', '试验区', '实验区', '先导区', '先行区', '集聚区'];

/** Parks named by a trade alone before 园 (`某某生态纺织园`): only after a place (demonstrationParks.ts). */
export const TRADE_PARKS: readonly string[] = [
  '生物医药', '医药', '新能源', '新材料', '电子信息', '电子', '信息', '智能制造', '装备制造', '高端装备', '数字经济', '文旅', '金融', '环保',
  '食品', '建材', '纺织', '服装', '汽车配件', '机械', '家具', '印刷', '农业', '物贸', '汽车', '光电', '光伏', '鞋业',
].map((w) => w + '园');

/**
 * Parks whose head is also a common word (谷 a valley, 基地 a base): a trade's valley (`某某农谷`, `某某药谷`, `某某智谷`)
 * and a trade's base (`某某能源化工基地`, `某某软件基地`) name a park only after a place we know or a zone of the
 * gazetteer (demonstrationParks.ts); without one they are a slogan or a kind (`打造“东方硅谷”`, `生产制造基地`).
 */
export const PLACED_HEADS: readonly string[] = [
  '农谷', '种谷', '药谷', '医谷', '智谷', '芯谷', '硅谷', '数谷', '车谷', '声谷', '氢谷', '制造谷',
  '化工基地', '医药基地', '软件基地', '制造基地', '物流基地',
  // the heavy trades' bases a province plans around a city or a port (`某某石化基地`, `某某钢铁基地`, `某某能源基地`)
  '石化基地', '钢铁基地', '能源基地',
];

const AREA_SUFFIX_WORDS: readonly string[] = [
  '产业园区', '产业园', '工业园', '科技园区', '科技园', '科学园区', '科学园', '科技城', '科学城', '软件园', '创新园', '创业园',
  '孵化园', '物流园区', '物流园', '智造园', '生态园', '电商园', '文创园', '产业基地', '小镇', '产业新城', '科技新城',
  '科创园', '科创城', '创意园', '生物城', '医药城',
  // a park for digital and creative firms (`某某数创园`), like a 科创园 or a 文创园
  '数创园',
  // a park for smart industry and innovation (`某某·某市智创园`), like a 科创园
  '智创园',
  // Taiwan's spelling of a software park, and its biomedical parks (`高雄软体园区`, `新竹生物医学园区`)
  '软体园区', '软件园区', '生物医学园区', '生医园区',
  // parks and zones two places run together (`苏赣合作园`, `中德合作园`, `粤澳合作产业园`, `某港科技创新合作区`)
  '合作园', '合作产业园', '合作区',
  // demonstration zones two places develop together, named after both and their site (`某冀某某协同发展示范区`,
  // `某冀某某合作示范区`, `沪某生物医药产业发展协作示范区`), like a 合作区
  '协同发展示范区', '合作示范区', '协作示范区',
  // science-and-education parks, high-tech parks by their short name, processing parks named after
  // their trade (`金水科教园区`, `洋河高科园区`, `农产品加工园区`)
  '科教园区', '科教园', '高科园区', '高科园', '加工园区', '加工园',
  // circular-economy parks (`阜阳循环经济园`)
  '循环经济园',
  // trade parks (`青川商贸园区`), many of them on a border, named after the places they join, and
  // economic-and-trade parks (`某某多功能经贸园区`)
  '商贸园区', '商贸园', '经贸园区', '经贸园',
  // demonstration clusters named after their industry (`某某建筑产业集聚示范区`)
  '产业集聚示范区',
  // a city's industrial districts named after their trade (`德阳装备制造产业功能区`)
  '产业功能区',
  // Taiwan's technology industrial zones (`某某科技工业区`) and a city's industry harbours (`某某智能装备产业港`)
  '科技工业区', '产业港',
  // an industry harbour and a park for innovation and start-ups (`某某现代工业港`, `某某智能制造双创园`)
  '工业港', '双创园',
  // a park inside a park, named after its place (`某县“园中园”`; its quotes are read in parkQuotes.ts)
  '园中园',
  // industrial cities, a county's industrial park by its older name (`某某工业城`), and a group's or a trade's
  // industrial city (`某某产业城`)
  '工业城', '产业城',
  // a city's park named after its place and the trade it gathers, called a city or a new city (`某某医学城`,
  // `某某国际汽车城`, `中某金属生态城`, `中某知识城`, `某某航空新城`, `某某工业新城`): read like an industry park
  '医学城', '汽车城', '生态城', '知识城', '航空城', '航空新城', '工业新城',
  // chemical parks named after their place and products (`某某新材料化工园区`, `某某医药化工园`), like an 产业园,
  // and a petrochemical zone after its place or operator (`某某湾石化区`, `某某湾中海油石化区`)
  '化工园', '石化区',
  // resorts and Japanese industrial estates, named after their place, landmark or trade like an industry park
  // (guidelines: 度假区 and 团地 names are PARKs): `某某湖旅游度假区`, `某某工业团地`
  '旅游度假区', '度假区', '工业团地', '团地',
  // the operating zones of a river or sea port (`某某港区`), named after their place like an industry park;
  // one character before it is a city's district (see districtNotPort in parkPrefix.ts)
  PORT_ZONE,
  // demonstration parks named after their place and trade (`某某生态纺织产业示范园`, `某某农业科技示范园`: only after a place,
  // demonstrationParks.ts), and Taiwan's biotech parks by their short name (`某某农业生技园区`, `某某农业生技区`)
  '示范园', '生技园区', '生技区',
  // parks named by their place and the trade they gather, shorter than an 产业园 (`某某生态纺织园`, `某某生态农业园`,
  // `某某现代物贸园区`): only after a place, like a demonstration park (demonstrationParks.ts)
  ...TRADE_PARKS,
  // parks whose head is a common word, named only after a place (`某某农谷`, `某某化工基地`: demonstrationParks.ts)
  ...PLACED_HEADS,
];

/**
 * `孵化园区`, `智造园区`: every area suffix ending in 园 is also written with 区 after it. Tried longest
 * first like the rest, so the park runs through 区 (`燕兴孵化园区`, not `燕兴孵化园` and a stray 区).
 */
export const AREA_SUFFIXES: readonly string[] = [
  ...AREA_SUFFIX_WORDS,
  ...AREA_SUFFIX_WORDS.filter((w) => w.endsWith('园') && !AREA_SUFFIX_WORDS.includes(w + '区') && !ZONE_SUFFIXES.includes(w + '区')).map((w) => w + '区'),
];
