/** Which composer the popup reports on when there are several on the page. */
import { describe, expect, it } from 'vitest';
import { reportedSession } from '../../../lib/content/draft-report';

const session = (name: string, lastActive: number, text = '') => ({ name, lastActive, text });

describe('reportedSession', () => {
  it('the most recently focused composer wins', () => {
    const picked = reportedSession([session('a', 10, 'x'), session('b', 30), session('c', 20, 'y')]);
    expect(picked?.name).toBe('b');
  });

  it('without focus, a composer with a draft in it', () => {
    const picked = reportedSession([session('empty', 0, '  '), session('draft', 0, 'Hallo')]);
    expect(picked?.name).toBe('draft');
  });

  it('otherwise the first one, and nothing without composers', () => {
    expect(reportedSession([session('a', 0), session('b', 0)])?.name).toBe('a');
    expect(reportedSession([])).toBeUndefined();
  });
});
