// PARK spans of port zones (`某某港区`): the operating zones of a river or sea port, named like parks.
import { assertNames } from '../namedEntityHelpers';

describe('port zones (港区)', () => {
  it('reads a port zone after its own name of two characters or more, with its county when one is written', () => {
    assertNames('新材料项目在[[PARK:青澜港区]]开工,总投资12亿元。');
    assertNames('合作的港区包括[[PARK:柳湾港区]]一期、[[PARK:临江县石埠港区]]、[[PARK:平川县望江湾港区]]和石埠港二期。');
    assertNames('記者在[[PARK:鹭洲港區]]碼頭看到,貨車來回穿梭。');
  });

  it('reads one character before 港区 as a district of a city, and 港 closing a city\'s name as that city', () => {
    assertNames('江东省澜州市澜港区昨天迎来三家新企业,据澜港区商务局介绍,项目均已开工。');
    assertNames('连云港区位优势明显,张家港区域合作加快。');
  });

  it('reads the bare word or a count of port zones as no park', () => {
    assertNames('双方合作的港区共三个,前三个港区为现有港口。');
  });
});
