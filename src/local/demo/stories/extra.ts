/**
 * Extra projects P001, P002, ... for portfolio tests: steady teams of varied size and history,
 * each a variation of the CALM story with its own invented people.
 */
import type { Random } from '../random';
import type { StoryPolicy } from '../story';
import { calmPolicy } from './calm';

const FIRST = ['Alex', 'Bea', 'Cal', 'Dev', 'Eve', 'Finn', 'Gia', 'Hank', 'Ines', 'Joel', 'Kira', 'Leo', 'Mina', 'Ned', 'Ola', 'Pat', 'Rae', 'Sid', 'Tess', 'Uli'];
const LAST = ['Abbott', 'Baker', 'Cruz', 'Dunn', 'Ellis', 'Frost', 'Gray', 'Hayes', 'Irwin', 'Jones', 'Keller', 'Lamb', 'Mills', 'Nash', 'Owens', 'Price'];
const PRODUCTS = ['Atlas', 'Beacon', 'Compass', 'Delta', 'Ember', 'Fjord', 'Harbor', 'Ion', 'Juniper', 'Kestrel', 'Lumen', 'Meadow'];

export function extraPolicies(count: number, random: Random): StoryPolicy[] {
  return Array.from({ length: count }, (_, n) => {
    const key = `P${String(n + 1).padStart(3, '0')}`;
    const names = Array.from({ length: 8 }, (_, i) => `${FIRST[(n * 3 + i * 7) % FIRST.length]} ${LAST[(n * 5 + i * 3) % LAST.length]} ${key}`);
    const policy = calmPolicy({
      key,
      name: `${PRODUCTS[n % PRODUCTS.length]} ${n + 1}`,
      closedSprints: random.int(10, 20),
      velocity: random.pick([20, 25, 30, 35, 40]),
      names,
    });
    return { ...policy, story: 'A steady team (one of many, for portfolio views).', silentSignals: ['one-person-two-roles', 'done-reopened', 'timebox-drift', 'missing-sprint-goal'] };
  });
}
