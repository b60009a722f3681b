/**
 * The linear-time pattern module. JavaScript's own RegExp is the independent reference for what a
 * pattern means: on ordinary text both must agree, verdict and position, while only RE2 answers an
 * adversarial text at once.
 */
import { DEFAULT_ACCEPTANCE_PATTERN } from '../../src/domain/settings';
import { compileTextPattern, textPatternProblem, toRe2Syntax } from '../../src/domain/text-pattern';

const REFUSED_BECAUSE = 'which is not supported: to keep every refresh quick, a pattern may not look ahead, look behind or refer back to a group';

/** Every character of the basic plane but the surrogate halves (which only pair into emoji and the like). */
const BMP = Array.from({ length: 0x10000 }, (_, code) => code).filter((code) => code < 0xd800 || code > 0xdfff).map((code) => String.fromCharCode(code));

describe('the default acceptance pattern means what it meant with RegExp', () => {
  const texts = [
    'Acceptance criteria: totals add up',
    'Acceptance criteria\u00a0: with a no-break space before the colon',
    'acceptance criteria\v:',
    'There are no acceptance criteria yet',
    '## Acceptance criteria ##\n- totals add up',
    'Why\n* Acceptance Criteria *\nmore',
    'Given a cart when I pay then I get a receipt',
    'Given a cart\rwhen I pay then I get a receipt',
    'Given a cart\u2028when I pay then I get a receipt',
    'Intro line\nGiven a cart\nWhen I pay\nThen I get a receipt',
    'Intro line\n  - given a cart\n- when I pay\n- then done',
    'forgiven when then',
    'given\u00a0when\u00a0then',
    '😀 Given 😀 when 😀 then',
    'We were given nothing, and then',
    '',
  ];
  const reference = new RegExp(DEFAULT_ACCEPTANCE_PATTERN, 'i');
  const pattern = compileTextPattern(DEFAULT_ACCEPTANCE_PATTERN);
  it.each(texts)('%j', (text) => {
    expect(pattern.test(text)).toBe(reference.test(text));
    expect(pattern.firstMatchAt(text)).toBe(reference.exec(text)?.index ?? null);
  });
});

describe('JavaScript meanings kept', () => {
  it.each(['^\\s$', '^\\S$', '^.$', '^[\\s]$', '^[^\\s]$', '^[\\s\\S]$', '^[x\\s]$'])('%s agrees with RegExp on every character of the basic plane', (source) => {
    const reference = new RegExp(source, 'i');
    const pattern = compileTextPattern(source);
    const differing = BMP.filter((char) => pattern.test(char) !== reference.test(char)).map((char) => char.charCodeAt(0).toString(16));
    expect(differing).toEqual([]);
  });

  it('reads \\uXXXX as the character, and leaves \\Q...\\E, bracketed dots and [:classes:] alone', () => {
    expect(compileTextPattern('caf\\u00e9').test('CAFÉ')).toBe(true);
    expect(toRe2Syntax('\\Q.\\s\\E.')).toBe('\\Q.\\s\\E[^\\n\\r\\x{2028}\\x{2029}]');
    expect(toRe2Syntax('[.][^]a.][[:alpha:].]')).toBe('[.][^]a.][[:alpha:].]');
    expect(compileTextPattern('\\Q1.5\\E').test('version 1.5')).toBe(true);
    expect(compileTextPattern('\\Q1.5\\E').test('version 105')).toBe(false);
  });

  it('counts the first match in UTF-16 units, as String#slice does', () => {
    const text = '😀😀 AC: yes';
    expect(compileTextPattern('ac:').firstMatchAt(text)).toBe(text.indexOf('AC:'));
  });
});

describe('time in proportion to the text', () => {
  const adversarial = 'given when '.repeat(2900); // 31,900 characters: RegExp took about 30 s on this

  it('answers the default pattern on 31,900 characters of "given when " (no "then": no criteria)', () => {
    expect(adversarial).toHaveLength(31_900);
    const pattern = compileTextPattern(DEFAULT_ACCEPTANCE_PATTERN);
    expect(pattern.test(adversarial)).toBe(false);
    expect(pattern.firstMatchAt(adversarial)).toBeNull();
    expect(pattern.test(`${adversarial}then`)).toBe(true);
    expect(pattern.firstMatchAt(`${adversarial}then`)).toBe(0);
  });

  it('accepts (a+)+$ and answers it on 30,001 characters', () => {
    expect(textPatternProblem('(a+)+$')).toBeNull();
    const pattern = compileTextPattern('(a+)+$');
    expect(pattern.test(`${'a'.repeat(30_000)}!`)).toBe(false);
    expect(pattern.firstMatchAt(`!${'a'.repeat(30_000)}`)).toBe(1);
  });
});

describe('what RE2 cannot run is refused, saying what', () => {
  it.each([
    ['(?=.*given)when', `uses a look-ahead ("(?=" or "(?!"), ${REFUSED_BECAUSE}`],
    ['given(?!.*then)', `uses a look-ahead ("(?=" or "(?!"), ${REFUSED_BECAUSE}`],
    ['(?<=## )criteria', `uses a look-behind ("(?<=" or "(?<!"), ${REFUSED_BECAUSE}`],
    ['(?<!no )criteria', `uses a look-behind ("(?<=" or "(?<!"), ${REFUSED_BECAUSE}`],
    ['(given) and \\1', `refers back to a group ("\\1" or "\\k<name>"), ${REFUSED_BECAUSE}`],
    ['(?<step>given) \\k<step>', `refers back to a group ("\\1" or "\\k<name>"), ${REFUSED_BECAUSE}`],
    ['(unclosed', 'is not a valid regular expression; check brackets and special characters'],
    ['a{2,1}', 'is not a valid regular expression; check brackets and special characters'],
    ['trailing\\', 'is not a valid regular expression; check brackets and special characters'],
  ])('%s', (source, problem) => {
    expect(textPatternProblem(source)).toBe(problem);
    expect(() => compileTextPattern(source)).toThrow(problem);
  });

  it('an escaped backslash before a digit is no back-reference', () => {
    expect(textPatternProblem('C:\\\\1')).toBeNull();
    expect(compileTextPattern('C:\\\\1').test('see C:\\1')).toBe(true);
  });
});
