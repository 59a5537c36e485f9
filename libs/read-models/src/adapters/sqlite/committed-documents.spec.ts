import { describe, expect, it } from '@jest/globals';
import { CommittedDocuments } from './committed-documents.js';

const at = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('CommittedDocuments', () => {
  it('hands back what a committed batch left, and tells a known absence from no copy', () => {
    const documents = new CommittedDocuments(10);
    documents.trustIfAt(at({ board: 0 }));
    documents.accept(
      [
        ['board', 'f1', { step: 'analysis' }],
        ['board', 'gone', undefined],
      ],
      at({ board: 7 }),
    );
    documents.trustIfAt(at({ board: 7 }));
    expect(documents.lookup('board', 'f1')).toEqual({ doc: { step: 'analysis' } });
    expect(documents.lookup('board', 'gone')).toEqual({ doc: undefined });
    expect(documents.lookup('board', 'never-seen')).toBeUndefined();
    expect(documents.lookup('inbox', 'f1')).toBeUndefined();
  });

  describe('when the stored checkpoints are not the ones it committed with', () => {
    it('drops every copy, since someone else wrote the store', () => {
      const documents = new CommittedDocuments(10);
      documents.accept([['board', 'f1', { step: 'analysis' }]], at({ board: 7, audit: 7 }));
      documents.trustIfAt(at({ board: 7, audit: 0 })); // e.g. the audit history rebuilt from the CLI
      expect(documents.lookup('board', 'f1')).toBeUndefined();
      expect(documents.size).toBe(0);
    });

    it('drops them for a projection it does not know of, too', () => {
      const documents = new CommittedDocuments(10);
      documents.accept([['board', 'f1', 1]], at({ board: 7 }));
      documents.trustIfAt(at({ board: 7, inbox: 7 }));
      expect(documents.lookup('board', 'f1')).toBeUndefined();
    });
  });

  it('keeps at most its capacity, dropping the least recently touched first', () => {
    const documents = new CommittedDocuments(2);
    documents.accept(
      [
        ['board', 'a', 1],
        ['board', 'b', 2],
      ],
      at({ board: 1 }),
    );
    documents.accept([['board', 'a', 3]], at({ board: 2 })); // a touched again: b is now the oldest
    documents.accept([['board', 'c', 4]], at({ board: 3 }));
    documents.trustIfAt(at({ board: 3 }));
    expect(documents.size).toBe(2);
    expect(documents.lookup('board', 'b')).toBeUndefined();
    expect(documents.lookup('board', 'a')).toEqual({ doc: 3 });
    expect(documents.lookup('board', 'c')).toEqual({ doc: 4 });
  });

  it('keeps nothing with a capacity of 0', () => {
    const documents = new CommittedDocuments(0);
    documents.accept([['board', 'a', 1]], at({ board: 1 }));
    expect(documents.lookup('board', 'a')).toBeUndefined();
  });
});
