import { stripDescription } from '../../static/project-page/src/stripDescription';

const item = (n: number, technical: boolean, ready = false) => ({ key: `K-${n}`, technical, ready });

describe('the backlog strip in words', () => {
  it('says the order as runs from the top, and how many items are ready', () => {
    const strip = [item(1, false, true), item(2, false), item(3, true), item(4, false, true), item(5, true), item(6, true)];
    expect(stripDescription(strip)).toBe(
      'The first 6 backlog items in rank order, from the top: items 1 to 2 functional, item 3 technical, item 4 functional, items 5 to 6 technical. 2 of them are ready.',
    );
  });

  it('stops after 12 runs, and says an empty backlog plainly', () => {
    const alternating = Array.from({ length: 14 }, (_, i) => item(i + 1, i % 2 === 1));
    const text = stripDescription(alternating);
    expect(text).toContain('item 12 technical, and so on. 0 of them are ready.');
    expect(text).not.toContain('item 13');
    expect(stripDescription([])).toBe('The backlog is empty.');
    expect(stripDescription([item(1, true, true)])).toBe('One backlog item, technical, ready.');
  });
});
