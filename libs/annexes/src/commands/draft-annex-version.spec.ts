import { describe, expect, it } from '@jest/globals';
import { deciderSpecification } from '@samverkan/shared-kernel/testing';
import { annexDecider } from '../decide.js';
import { annexCreated, decided, drafted, facts, KOMMUNEN, PDF, POLISEN, RADDNINGSTJANSTEN, THREE_PARTIES } from '../testing/fixtures.js';

const spec = deciderSpecification(annexDecider);
const draft = (over: Partial<{ text: string; files: (typeof PDF)[]; bindingPartyIds: string[] }> = {}) => ({
  type: 'DraftAnnexVersion' as const,
  data: { text: 'Lägesbild, version 1.', files: [], ...over },
});
const promise = annexCreated('citizenPromise', 'lomma-lofte');

describe('draft annex version', () => {
  it('drafts version 1, binding every party when none are named', () => {
    spec
      .given([annexCreated()])
      .when(draft(), facts())
      .then([drafted(1)]);
  });

  it('keeps the attached files by their hash, name, media type and size', () => {
    spec
      .given([annexCreated()])
      .when(draft({ files: [PDF] }), facts())
      .then([drafted(1, undefined, [PDF])]);
  });

  it('drafts version 2 after a decided version 1 (a decided version never changes; a new one replaces it)', () => {
    spec
      .given([annexCreated(), drafted(1), decided(1, '2024-03-01')])
      .when(draft({ text: 'Lägesbild, version 2.' }), facts())
      .then([drafted(2)]);
  });

  it('replaces an undecided draft by a newer draft', () => {
    spec
      .given([annexCreated(), drafted(1)])
      .when(draft({ text: 'Lägesbild, version 2.' }), facts())
      .then([drafted(2)]);
  });

  it('lets a citizen promise bind only the municipality and the police, not a third party', () => {
    spec
      .given([promise])
      .when(draft({ bindingPartyIds: [KOMMUNEN.partyId, POLISEN.partyId] }), facts({ parties: THREE_PARTIES }))
      .then([drafted(1, [KOMMUNEN.partyId, POLISEN.partyId])]);
  });

  describe('refuses', () => {
    it('a version of an annex that does not exist', () => {
      spec.given([]).when(draft(), facts()).thenThrows('AnnexMustExist');
    });

    it('an empty text', () => {
      spec
        .given([annexCreated()])
        .when(draft({ text: ' ' }), facts())
        .thenThrows('FieldRequired');
    });

    it('a text that holds a personnummer', () => {
      spec
        .given([annexCreated()])
        .when(draft({ text: 'Kontakt 19811218-9876' }), facts())
        .thenThrows('NoPersonalIdentityNumber');
    });

    it('a file name that holds a personnummer', () => {
      const error = spec
        .given([annexCreated()])
        .when(draft({ files: [{ ...PDF, fileName: '811218-9876.pdf' }] }), facts())
        .thenThrows('NoPersonalIdentityNumber');
      expect(error.field).toBe('files[0].fileName');
    });

    it('the same file twice', () => {
      spec
        .given([annexCreated()])
        .when(draft({ files: [PDF, { ...PDF, fileName: 'kopia.pdf' }] }), facts())
        .thenThrows('AnnexFilesAreDistinct');
    });

    it('a party that is not in the agreement', () => {
      spec
        .given([promise])
        .when(draft({ bindingPartyIds: [KOMMUNEN.partyId, 'kriminalvarden'] }), facts())
        .thenThrows('BindingPartiesBelongToAgreement');
    });

    it('a party named twice', () => {
      spec
        .given([promise])
        .when(draft({ bindingPartyIds: [KOMMUNEN.partyId, KOMMUNEN.partyId, POLISEN.partyId] }), facts())
        .thenThrows('BindingPartiesAreDistinct');
    });

    it('a situation picture that does not bind every party', () => {
      spec
        .given([annexCreated()])
        .when(draft({ bindingPartyIds: [KOMMUNEN.partyId] }), facts())
        .thenThrows('AnnexBindsEveryParty');
    });

    it('an action plan that leaves out the third party', () => {
      spec
        .given([annexCreated('actionPlan', 'lomma-atgardsplan')])
        .when(draft({ bindingPartyIds: [KOMMUNEN.partyId, POLISEN.partyId] }), facts({ parties: THREE_PARTIES }))
        .thenThrows('AnnexBindsEveryParty');
    });

    it('a citizen promise without the police', () => {
      spec
        .given([promise])
        .when(draft({ bindingPartyIds: [KOMMUNEN.partyId, RADDNINGSTJANSTEN.partyId] }), facts({ parties: THREE_PARTIES }))
        .thenThrows('CitizenPromiseBindsMunicipalityAndPolice');
    });

    it('a citizen promise of the municipality alone', () => {
      spec
        .given([promise])
        .when(draft({ bindingPartyIds: [KOMMUNEN.partyId] }), facts())
        .thenThrows('CitizenPromiseBindsMunicipalityAndPolice');
    });
  });
});
