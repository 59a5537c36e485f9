import { describe, expect, it } from '@jest/globals';
import { fieldRequired } from './required-text.rule.js';

describe('field required', () => {
  it.each([undefined, '', '   ', '\n\t'])('is broken by %p, naming the field in Swedish', (text) => {
    const required = fieldRequired('skäl', text);
    expect(required.isBroken()).toBe(true);
    expect(required.name).toBe('FieldRequired');
    expect(required.message).toBe('Fältet ”skäl” måste fyllas i.');
  });

  it('holds for text that says something', () => {
    expect(fieldRequired('motivering', ' Nya uppgifter från trygghetsmätningen ').isBroken()).toBe(false);
  });
});
