import { describe, expect, it } from '@jest/globals';
import { shortRole } from './short-role';

describe('the header’s short name', () => {
  it('keeps the function of a long name and drops the party and the note', () => {
    expect(shortRole('Ställföreträdande lokalpolisområdeschef, Lokalpolisområde Kävlinge (överenskommelsen med Lomma kommun)')).toBe(
      'Ställföreträdande lokalpolisområdeschef',
    );
    expect(shortRole('Revisor (Lomma)')).toBe('Revisor');
  });

  it('keeps a name without a comma whole, and never answers nothing', () => {
    expect(shortRole('Systemadministratör')).toBe('Systemadministratör');
    expect(shortRole(', Lomma kommun')).toBe(', Lomma kommun');
  });
});
