// Project mentions opened by a determiner or a count of kinds: they name no one project.
import { assertNames } from '../namedEntityHelpers';

describe('a determiner or a count of kinds before a project mention', () => {
  it('reads an unnamed one among projects (某, 又一, 唯一的) as no project', () => {
    assertNames('例如,某光学薄膜项目投资额超8亿元。');
    assertNames('今年签下的唯一的冷链仓储项目将于下月动工。');
    assertNames('青田镇推动又一纺织机械项目动工。');
  });

  it('keeps a doubled 某某, a placeholder for a name, as a name', () => {
    assertNames('[[PROJECT:某某光学薄膜项目]]开工。');
  });

  it('reads a numeral with 大 as a count of projects of a kind', () => {
    assertNames('该市计划年内开工8大仓储物流项目。');
    assertNames('同时,一大批高端制造外资项目在园区推进。');
  });

  it('reads a demonstrative with a classifier as a batch already counted', () => {
    assertNames('目前,这批仓储物流项目已全部完成选址。');
  });

  it('reads a count or a determiner before a quoted name as no project', () => {
    assertNames('这是青溪镇今年动工的第9个“旧改”项目。');
    assertNames('青溪镇推动又一“旧改”项目动工。');
    assertNames('当地两个“云端粮仓”项目建成后,将成为区域内最大的粮库。');
    // With no count before them the quotes keep the name.
    assertNames('推进[[PROJECT:“云端粮仓”项目]]建设。');
  });

  it('still reads a name after a count of one named project', () => {
    assertNames('全市开工[[PROJECT:大禹节水灌溉项目]]。');
  });
});
