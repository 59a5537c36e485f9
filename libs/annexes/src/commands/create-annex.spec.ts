import { describe, it } from '@jest/globals';
import { deciderSpecification } from '@samverkan/shared-kernel/testing';
import { annexDecider } from '../decide.js';
import { annexCreated } from '../testing/fixtures.js';

const spec = deciderSpecification(annexDecider);
const create = (over: Partial<{ annexId: string; kind: 'situationPicture' | 'actionPlan' | 'citizenPromise'; title: string }> = {}) => ({
  type: 'CreateAnnex' as const,
  data: { annexId: 'lomma-lagesbild', agreementId: 'lomma-2023-2027', kind: 'situationPicture' as const, title: 'Lägesbild Lomma', ...over },
});

describe('create annex', () => {
  it('opens an annex of the agreement, with its title trimmed', () => {
    spec
      .given([])
      .when(create({ title: '  Lägesbild Lomma ' }))
      .then([annexCreated()]);
  });

  describe('refuses', () => {
    it('a second situation picture (the id of the single kinds is fixed per agreement)', () => {
      spec.given([annexCreated()]).when(create()).thenThrows('AnnexMustNotExist');
    });

    it('a citizen promise under an id already taken', () => {
      spec
        .given([annexCreated('citizenPromise', 'lomma-lofte')])
        .when(create({ kind: 'citizenPromise', annexId: 'lomma-lofte' }))
        .thenThrows('AnnexMustNotExist');
    });

    it('a blank title', () => {
      spec
        .given([])
        .when(create({ title: '  ' }))
        .thenThrows('FieldRequired');
    });

    it('a title that holds a personnummer', () => {
      spec
        .given([])
        .when(create({ title: 'Lägesbild 19811218-9876' }))
        .thenThrows('NoPersonalIdentityNumber');
    });

    it('a title longer than 200 characters', () => {
      spec
        .given([])
        .when(create({ title: 'å'.repeat(201) }))
        .thenThrows('AnnexTextIsShort');
    });
  });
});
