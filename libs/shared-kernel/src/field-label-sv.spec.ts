import { describe, expect, it } from '@jest/globals';
import { fieldLabelSv } from './field-label-sv.js';

describe('fieldLabelSv', () => {
  it('names a request field in Swedish', () => {
    expect(fieldLabelSv('grounds')).toBe('motivering');
    expect(fieldLabelSv('council.name')).toBe('rådets namn');
  });

  it('says which element of a list the field belongs to, counting from 1', () => {
    expect(fieldLabelSv('parties[2].name')).toBe('namn (part 3)');
    expect(fieldLabelSv('council.members[0].function')).toBe('funktion (ledamot 1)');
    expect(fieldLabelSv('changes[1].terms.operativeGroup.name')).toBe('operativa gruppens namn (ändring 2)');
  });

  it('leaves a label a rule already gave in Swedish, and an unknown path, as they are', () => {
    expect(fieldLabelSv('motivering')).toBe('motivering');
    expect(fieldLabelSv('ansvarig part')).toBe('ansvarig part');
    expect(fieldLabelSv('widgets[0].gadget')).toBe('widgets[0].gadget');
  });
});
