import { csvCell, rowsToCsv, rowsToJson } from '../../static/shared/exportRows';
import { portfolioRows } from './portfolio-rows';

describe('csvCell', () => {
  it('leaves plain values alone and writes null as empty', () => {
    expect(csvCell('FIX')).toBe('FIX');
    expect(csvCell(0.55)).toBe('0.55');
    expect(csvCell(null)).toBe('');
  });
  it('quotes commas, quotes, line breaks and edge spaces, doubling inner quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' padded')).toBe('" padded"');
  });
  it('defuses text a spreadsheet would run as a formula, but not negative numbers', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('@sum')).toBe("'@sum");
    expect(csvCell('-5')).toBe('-5');
    expect(csvCell(-5)).toBe('-5');
  });
});

describe('rowsToCsv', () => {
  it('writes a header and one line per row, lists joined by spaces', () => {
    const csv = rowsToCsv(portfolioRows());
    expect(csv.split('\r\n')).toEqual([
      'projectKey,projectName,computedAt,score,trafficLight,notAssessed,reliabilityTrend,readyRunwaySprints,top10Overlap,technicalInterleaving,topSignals,refreshedNightly,refreshState',
      'FIX,Fixture Scrum,2026-10-20T08:00:00.000+0000,55,red,,0.5 0.6 0.55,0.4,0.4,0.1,unfinished-sprints:critical thin-ready-runway:warning,yes,idle',
      'KAN,"Fixture Kanban, ""flow""",2026-10-20T08:00:00.000+0000,100,green,sprints,,2,0.9,0.5,,no,idle',
      'NEW,Not analysed yet,,,,,,,,,,yes,idle',
      '',
    ]);
  });
  it('writes only the header for no rows', () => {
    expect(rowsToCsv([])).toBe('projectKey,projectName,computedAt,score,trafficLight,notAssessed,reliabilityTrend,readyRunwaySprints,top10Overlap,technicalInterleaving,topSignals,refreshedNightly,refreshState\r\n');
  });
});

describe('rowsToJson', () => {
  it('round-trips the rows unchanged', () => {
    expect(JSON.parse(rowsToJson(portfolioRows()))).toEqual({ rows: portfolioRows() });
  });
});
