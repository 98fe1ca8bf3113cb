// A meeting held about projects (`…项目推介会`, `…项目合作洽谈会`) is about a batch of them: what stands
// before 项目 says whose or which kind, it names no project.
import { assertNames } from '../namedEntityHelpers';

describe('projects before the meeting held about them', () => {
  it('reads a promotion, matching or negotiation meeting as one about a batch', () => {
    assertNames('[[PARK:滨州港区]]举办乙烯项目招商推介会,吸引客商200余人。');
    assertNames('部分企业参加了专项行动项目对接会。');
    assertNames('与香江国企项目合作洽谈会以来,已签约12个。');
  });

  it('reads a meeting pushing a campaign\'s projects as one about a batch', () => {
    assertNames('在加快美丽滨城建设项目推进会上,集中开工。');
  });

  it('reads a signing-and-promotion conference as one about a batch', () => {
    assertNames('2023年青河县夏季线上项目签约暨招商大会召开。');
  });

  it('reads a talks meeting or a dedicated signing session named after 项目 as one about a batch', () => {
    assertNames('昨日,浙江省与民营企业项目合作座谈会在杭州召开。');
    assertNames('2024年江苏南通·上海崇明项目推介洽谈会在启东举行。');
    assertNames('随后举行了光伏项目合同专场签约仪式,共签约12个项目。');
  });

  it('reads a longer meeting name (招商推介暨…对接会) and a fair trading projects\' results as about a batch', () => {
    assertNames('11月15日,青川文创产业建圈强链项目招商推介暨产融对接会举行。');
    assertNames('中国·东岭项目成果交易会昨日开幕。');
  });

  it('keeps a project followed by its own ceremony or a bare promotion meeting', () => {
    assertNames('[[PROJECT:锦华新材料产业园项目]]开工仪式在城东举行。');
  });

  it('keeps a project followed by its own signing ceremony', () => {
    assertNames('[[PROJECT:鸿图光电显示模组项目]]签约仪式举行。');
  });
});
