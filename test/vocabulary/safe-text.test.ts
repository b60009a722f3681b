import { csvField, defuseFormula, neutraliseBidi, toCsv } from '../../src/vocabulary';
import { readCsv } from '../report/format/csv-reader';

describe('the one CSV writer', () => {
  it('makes text a spreadsheet would run as a formula plain text, whatever follows the first character', () => {
    expect(defuseFormula('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(defuseFormula('+1+1')).toBe("'+1+1");
    expect(defuseFormula('-1+cmd|calc')).toBe("'-1+cmd|calc");
    expect(defuseFormula('-10')).toBe("'-10");
    expect(defuseFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(defuseFormula('\tTAB')).toBe("'\tTAB");
    expect(defuseFormula('\rCR')).toBe("'\rCR");
    expect(defuseFormula('Ready runway')).toBe('Ready runway');
    expect(defuseFormula('25%')).toBe('25%');
  });

  it('quotes commas, quotes, line breaks and edge spaces, doubling inner quotes, and leaves a missing figure empty', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField('=1+HYPERLINK("x","y")')).toBe(`"'=1+HYPERLINK(""x"",""y"")"`);
    expect(csvField('–')).toBe('');
    expect(csvField('plain')).toBe('plain');
  });

  it('writes RFC 4180 lines ending in CRLF that read back to the same values', () => {
    const text = toCsv(['Name', 'Value'], [['a, b', 'say "hi"'], ['two\nlines', '–']]);
    expect(text).toBe('Name,Value\r\n"a, b","say ""hi"""\r\n"two\nlines",\r\n');
    expect(readCsv(text)).toEqual([['Name', 'Value'], ['a, b', 'say "hi"'], ['two\nlines', '']]);
  });
});

describe('bidirectional controls', () => {
  it('turns each override, embedding and isolate into a visible mark, and leaves direction marks alone', () => {
    const controls = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];
    for (const control of controls) expect(neutraliseBidi(`a${control}b`)).toBe('a\uFFFDb');
    expect(neutraliseBidi('\u200Fשלום\u200E ok')).toBe('\u200Fשלום\u200E ok');
    expect(csvField('evil\u202Etxt.exe')).toBe('evil\uFFFDtxt.exe');
  });
});
