// Articles written from this file's own phrase templates (invented places, parks, companies and
// amounts), for benchmarks that need a corpus of any size on disk. Nothing is taken from the
// sample articles or the gold sets, so a benchmark never measures (or leaks) their strings.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from './benchCorpus';

const PLACES = ['云川', '青岚', '桐江', '远溪', '霞浦湾', '岱山', '临泽', '梧岗', '沙湖', '鹿鸣'];
const PARK_KINDS = ['高新技术产业开发区', '经济技术开发区', '高新区', '经开区', '临港产业园', '综合保税区'];
const TRADES = ['新能源', '智能装备', '生物医药', '新材料', '半导体', '数字经济', '现代物流', '食品加工'];
const COMPANY_WORDS = ['华拓', '恒川', '启明星', '嘉禾', '北辰', '鼎越', '瑞峰', '海澜松', '中翼', '泓远'];
const COMPANY_KINDS = ['科技有限公司', '集团有限公司', '股份有限公司', '新能源有限公司', '控股集团'];
const PROJECT_KINDS = ['产业园项目', '生产基地项目', '研发中心项目', '智能制造项目', '总部基地项目'];
const ARABIC_UNITS = ['亿元', '万元', '亿美元', '万美元', '亿港元'];
const CHINESE_NUMBERS = ['三', '五', '十二', '二十', '六十五', '两百', '三点五', '一千'];
const OFFICIALS = ['市委书记', '区长', '管委会主任', '副市长', '招商局局长', '县委副书记'];
const SURNAMES = ['林', '陈', '周', '吴', '郑', '欧阳', '韩', '唐'];
const TOPICS = ['营商环境', '产业链招商', '项目服务', '要素保障', '人才引进', '园区配套', '审批效率'];
/** News prose around the amounts and names (most of an article), varied so no paragraph repeats. */
const FILLER: readonly ((pick: Pick, random: () => number) => string)[] = [
  (pick) => `会议强调，要持续优化${pick(TOPICS)}，提升服务企业的水平，推动${pick(TRADES)}产业高质量发展。`,
  (pick) => `${pick(PLACES)}坚持把招商引资作为经济工作的生命线，围绕${pick(TOPICS)}和${pick(TOPICS)}全力以赴抓项目、促发展。`,
  (pick, random) => `${1 + Math.floor(random() * 12)}月${1 + Math.floor(random() * 28)}日，${pick(SURNAMES)}${pick(OFFICIALS)}带队实地察看了项目建设现场，听取了相关情况汇报。`,
  (pick) => `下一步，${pick(PLACES)}将加快推进项目落地见效，聚焦${pick(TRADES)}、${pick(TRADES)}等领域形成更多实物工作量。`,
  (pick) => `签约仪式上，双方负责人分别致辞，表示将在${pick(TOPICS)}等方面加强沟通、密切合作，实现互利共赢。`,
  (pick, random) => `${pick(SURNAMES)}${pick(OFFICIALS)}指出，第${1 + Math.floor(random() * 4)}季度是全年工作的关键期，各部门要强化责任担当，确保各项目标任务如期完成。`,
];

type Pick = <T>(items: readonly T[]) => T;

function amount(pick: Pick, random: () => number): string {
  if (random() < 0.25) return `${pick(CHINESE_NUMBERS)}亿元`;
  const whole = 1 + Math.floor(random() * (random() < 0.5 ? 99 : 9999));
  const number = random() < 0.3 ? `${whole}.${1 + Math.floor(random() * 99)}` : String(whole);
  return `${number}${pick(ARABIC_UNITS)}`;
}

function sentence(pick: Pick, random: () => number): string {
  const place = pick(PLACES);
  const park = `${place}${pick(PARK_KINDS)}`;
  const company = `${pick(PLACES)}${pick(COMPANY_WORDS)}${pick(COMPANY_KINDS)}`;
  const project = `${pick(COMPANY_WORDS)}${pick(TRADES)}${pick(PROJECT_KINDS)}`;
  const templates = [
    () => `${company}投资${amount(pick, random)}建设的${project}正式落户${park}。`,
    () => `今年以来，${park}共签约项目${2 + Math.floor(random() * 60)}个，合同资金${amount(pick, random)}，其中${pick(TRADES)}项目${1 + Math.floor(random() * 20)}个。`,
    () => `${project}总投资${amount(pick, random)}，其中一期投资${amount(pick, random)}，预计年产值${amount(pick, random)}。`,
    () => `${place}市与${company}签署合作协议，计划在${park}投资${amount(pick, random)}以上。`,
    () => `1至${1 + Math.floor(random() * 11)}月，${park}实际利用外资${amount(pick, random)}，同比增长${1 + Math.floor(random() * 40)}.${Math.floor(random() * 10)}%。`,
    () => `${amount(pick, random)}以上项目${1 + Math.floor(random() * 30)}个，${company}等龙头企业相继入驻。`,
  ];
  // About three sentences in four are prose, as in news: amounts and names are the minority.
  return random() < 0.75 ? pick(FILLER)(pick, random) : pick(templates)();
}

/** One article: a headline, then paragraphs of one to five sentences. */
export function templateArticle(random: () => number, sentences: number): string {
  const pick: Pick = (items) => items[Math.floor(random() * items.length)];
  const paragraphs = [sentence(pick, random).replace(/。$/, '')];
  let paragraph = '';
  for (let i = 0; i < sentences; i++) {
    paragraph += sentence(pick, random);
    if (random() < 0.3 || i === sentences - 1) {
      paragraphs.push(paragraph);
      paragraph = '';
    }
  }
  return `${paragraphs.join('\n\n')}\n`;
}

export interface WrittenCorpus {
  folder: string;
  files: number;
  /** UTF-8 bytes written (1 MB = 1,000,000 bytes). */
  bytes: number;
}

/**
 * Sentences in an article, drawn as news lengths fall: most articles short, a few long. Log-normal
 * around a median of 16 sentences, σ = 1, kept to 6–160: articles of 0.7 to 20 KB, median about
 * 2 KB, mean about 3.2 KB, one in ten above 6.8 KB. Real investment news (the development set)
 * runs from about 1.3 KB to 16 KB, median about 2 KB, mean about 4 KB. (Uniform 20–80 sentences, as before,
 * made a mean of 6 KB with no short article: fewer files per MB than a real corpus, so less
 * per-file work.)
 */
export function newsLength(random: () => number): number {
  // Box–Muller: a standard normal from two uniforms (1 - u keeps the logarithm finite).
  const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return Math.min(160, Math.max(6, Math.round(16 * Math.exp(normal))));
}

/**
 * Writes articles of newsLength sentences into `folder` (100 per sub-folder, as a large corpus is
 * usually kept) until at least `minBytes` are written. The same seed writes the same files.
 */
export function writeTemplateCorpus(folder: string, minBytes: number, seed = 20260101): WrittenCorpus {
  const random = seededRandom(seed);
  let bytes = 0;
  let files = 0;
  while (bytes < minBytes) {
    const sub = join(folder, String(Math.floor(files / 100)).padStart(4, '0'));
    if (files % 100 === 0) mkdirSync(sub, { recursive: true });
    const article = templateArticle(random, newsLength(random));
    writeFileSync(join(sub, `${String(files).padStart(6, '0')}.txt`), article);
    bytes += Buffer.byteLength(article, 'utf8');
    files++;
  }
  return { folder, files, bytes };
}
