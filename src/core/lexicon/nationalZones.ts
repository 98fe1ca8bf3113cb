// A gazetteer of China's national high-tech zones, economic-technological development zones and
// national new areas by their usual short names, written from general knowledge.
// Short names are qualifiers that may stand between a place and a zone suffix or replace the
// place (`中山火炬高新区`, `武汉东湖新技术开发区`, `张江高科技园区`, `火炬高新区`); full names are
// parks on their own, whatever suffix they end with (`苏州工业园区`, `两江新区`).

/** Names used in front of a zone suffix (高新区, 开发区, 园区 …), with or without a place. */
export const ZONE_QUALIFIERS: readonly string[] = (
  '中关村 张江 漕河泾 紫竹 金桥 外高桥 临港 陆家嘴 虹桥 亦庄 泰达 滨海 东湖 光谷 火炬 松山湖 前海 南沙 横琴 ' +
  '两江 天府 西咸 贵安 雄安 钱塘 杭州湾 大亚湾 洋山 花桥 仲恺 未来科技城 紫金山 江北 空港 临空 航空港 保税 ' +
  // the airport's side as one word (`某市临空港经开区`), read whole before the zone, not cut after its 临
  '临空港 ' +
  // Taiwan's science parks by their short names, before the district a part of one is named after (`中科后里园区`)
  '竹科 中科 南科 ' +
  '国家级 省级 国家'
).split(/\s+/);

/** Full names that are parks whatever they end with. */
export const ZONE_FULL_NAMES: readonly string[] = (
  '苏州工业园区 中关村科技园区 中关村科学城 张江高科技园区 张江科学城 漕河泾新兴技术开发区 东湖新技术开发区 ' +
  '浦东新区 滨海新区 两江新区 舟山群岛新区 兰州新区 南沙新区 西咸新区 贵安新区 西海岸新区 金普新区 天府新区 ' +
  '湘江新区 江北新区 福州新区 滇中新区 哈尔滨新区 长春新区 赣江新区 雄安新区 中新天津生态城 中新广州知识城 ' +
  '横琴粤澳深度合作区 前海深港现代服务业合作区 郑州航空港经济综合实验区 中国(上海)自由贸易试验区 临港新片区 ' +
  '中新苏州工业园区'
).split(/\s+/);
