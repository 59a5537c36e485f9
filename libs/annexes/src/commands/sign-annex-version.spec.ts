import { describe, it } from '@jest/globals';
import { deciderSpecification } from '@samverkan/shared-kernel/testing';
import { annexDecider } from '../decide.js';
import { annexCreated, decided, drafted, facts, KOMMUNEN, POLISEN, RADDNINGSTJANSTEN, signed, THREE_PARTIES } from '../testing/fixtures.js';

const spec = deciderSpecification(annexDecider);
const sign = (version: number, partyId: string, signedOn = '2025-04-02') => ({ type: 'SignAnnexVersion' as const, data: { version, partyId, signedOn } });
const decidedV1 = [annexCreated(), drafted(1), decided(1, '2025-03-13')];

describe('sign annex version', () => {
  it('records a bound party signing the decided version', () => {
    spec
      .given(decidedV1)
      .when(sign(1, KOMMUNEN.partyId), facts())
      .then([signed(1, KOMMUNEN.partyId, '2025-04-02')]);
  });

  it('accepts a signature on the day of the decision', () => {
    spec
      .given(decidedV1)
      .when(sign(1, POLISEN.partyId, '2025-03-13'), facts())
      .then([signed(1, POLISEN.partyId, '2025-03-13')]);
  });

  it('lets a decided older version be signed while the newer is not yet valid', () => {
    spec
      .given([...decidedV1, drafted(2), decided(2, '2025-05-01')])
      .when(sign(1, KOMMUNEN.partyId), facts())
      .then([signed(1, KOMMUNEN.partyId, '2025-04-02')]);
  });

  describe('refuses', () => {
    it('a version the council has not decided', () => {
      spec
        .given([annexCreated(), drafted(1)])
        .when(sign(1, KOMMUNEN.partyId), facts())
        .thenThrows('AnnexVersionIsDecided');
    });

    it('a version that does not exist', () => {
      spec.given(decidedV1).when(sign(3, KOMMUNEN.partyId), facts()).thenThrows('AnnexVersionExists');
    });

    it('a party the version does not bind', () => {
      spec
        .given([annexCreated('citizenPromise', 'lofte'), drafted(1, [KOMMUNEN.partyId, POLISEN.partyId]), decided(1, '2025-03-13')])
        .when(sign(1, RADDNINGSTJANSTEN.partyId), facts({ parties: THREE_PARTIES }))
        .thenThrows('PartyIsBoundByVersion');
    });

    it('a party signing twice', () => {
      spec
        .given([...decidedV1, signed(1, KOMMUNEN.partyId, '2025-03-20')])
        .when(sign(1, KOMMUNEN.partyId), facts())
        .thenThrows('PartyHasNotSigned');
    });

    it('a signature dated before the decision', () => {
      spec
        .given(decidedV1)
        .when(sign(1, KOMMUNEN.partyId, '2025-03-12'), facts())
        .thenThrows('SignatureIsNotBeforeDecision');
    });

    it('a signature dated after today', () => {
      spec
        .given(decidedV1)
        .when(sign(1, KOMMUNEN.partyId, '2025-07-01'), facts())
        .thenThrows('DateIsNotInTheFuture');
    });

    it('an older version once a newer one is valid', () => {
      spec
        .given([...decidedV1, drafted(2), decided(2, '2025-05-01'), signed(2, KOMMUNEN.partyId, '2025-05-02'), signed(2, POLISEN.partyId, '2025-05-03')])
        .when(sign(1, KOMMUNEN.partyId), facts())
        .thenThrows('AnnexVersionIsNotSuperseded');
    });
  });
});
