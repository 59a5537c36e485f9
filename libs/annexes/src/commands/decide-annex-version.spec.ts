import { describe, it } from '@jest/globals';
import { deciderSpecification } from '@samverkan/shared-kernel/testing';
import { annexDecider } from '../decide.js';
import { annexCreated, decided, drafted, facts } from '../testing/fixtures.js';

const spec = deciderSpecification(annexDecider);
const decide = (version: number, decidedOn = '2025-03-13') => ({ type: 'DecideAnnexVersion' as const, data: { version, decidedOn } });
const protocol = { meetingId: 'lomma-styrgrupp-2025-03-13', paragraph: 4 };

describe('decide annex version', () => {
  it('records the council decision with its date', () => {
    spec
      .given([annexCreated(), drafted(1)])
      .when(decide(1), facts())
      .then([decided(1, '2025-03-13')]);
  });

  it('cites the meeting paragraph MeetingCitations checked', () => {
    spec
      .given([annexCreated(), drafted(1)])
      .when(decide(1), facts({ protocol }))
      .then([{ type: 'AnnexVersionDecided', schemaVersion: 1, data: { version: 1, decidedOn: '2025-03-13', protocol } }]);
  });

  it('records a decision taken today', () => {
    spec
      .given([annexCreated(), drafted(1)])
      .when(decide(1, '2025-06-30'), facts())
      .then([decided(1, '2025-06-30')]);
  });

  describe('refuses', () => {
    it('a version that does not exist', () => {
      spec
        .given([annexCreated(), drafted(1)])
        .when(decide(2), facts())
        .thenThrows('AnnexVersionExists');
    });

    it('deciding a decided version again (a decision does not change)', () => {
      spec
        .given([annexCreated(), drafted(1), decided(1, '2025-03-13')])
        .when(decide(1, '2025-04-01'), facts())
        .thenThrows('AnnexVersionIsUndecided');
    });

    it('a draft a newer draft replaced', () => {
      spec
        .given([annexCreated(), drafted(1), drafted(2)])
        .when(decide(1), facts())
        .thenThrows('AnnexVersionIsLatest');
    });

    it('a decision dated after today', () => {
      spec
        .given([annexCreated(), drafted(1)])
        .when(decide(1, '2025-07-01'), facts())
        .thenThrows('DateIsNotInTheFuture');
    });

    it('a day that does not exist', () => {
      spec
        .given([annexCreated(), drafted(1)])
        .when(decide(1, '2025-02-29'), facts())
        .thenThrows('DateIsNotInTheFuture');
    });
  });
});
