import { describe, expect, it } from 'vitest';
import { instancePattern } from '../../../lib/background/mastodon';

describe('Mastodon instance pattern', () => {
  it('turns an https origin into a match pattern for that host only', () => {
    expect(instancePattern('https://mastodon.social')).toBe('https://mastodon.social/*');
    expect(instancePattern('https://social.example.nl/@me')).toBe('https://social.example.nl/*');
  });

  it('refuses anything that is not a plain https origin', () => {
    expect(instancePattern('http://mastodon.social')).toBeNull();
    expect(instancePattern('javascript:alert(1)')).toBeNull();
    expect(instancePattern('https://user:pw@mastodon.social')).toBeNull();
    expect(instancePattern('not a url')).toBeNull();
  });
});
