import { describe, it, expect } from '@jest/globals';
import { agreementDecider } from '../decide.js';
import { FULFILMENT_NOTE_MAX_LENGTH } from '../rules/fulfilment.rules.js';
import { deciderSpecification } from '@samverkan/shared-kernel/testing';
import { lommaRegistered, obligationFulfilled, recordFulfilment } from '../testing/fixtures.js';

const spec = deciderSpecification(agreementDecider);
const situationPicture = { obligationKind: 'situationPictureUpdate' as const, fulfilledOn: '2024-11-05' };

describe('record obligation fulfilment', () => {
  it('records that the situation picture was updated, with a note', () => {
    const withNote = { ...situationPicture, note: 'Lägesbilden 2024 beslutad i styrgruppen' };
    spec
      .given([lommaRegistered()])
      .when(recordFulfilment(withNote))
      .then([obligationFulfilled(withNote)]);
  });

  it('records a fulfilment on the first day of the period', () => {
    const onFirstDay = { ...situationPicture, fulfilledOn: '2023-01-01' };
    spec
      .given([lommaRegistered()])
      .when(recordFulfilment(onFirstDay))
      .then([obligationFulfilled(onFirstDay)]);
  });

  it('records a fulfilment after the period has ended (the outcome report comes afterwards)', () => {
    const registered = lommaRegistered();
    const withReport = {
      ...registered,
      data: { ...registered.data, obligations: [{ kind: 'outcomeReport' as const, after: 'period' as const, description: 'Resultatrapport' }] },
    };
    const report = { obligationKind: 'outcomeReport' as const, fulfilledOn: '2028-02-15' };
    spec
      .given([withReport])
      .when(recordFulfilment(report))
      .then([obligationFulfilled(report)]);
  });

  it('records the same obligation fulfilled again', () => {
    spec
      .given([lommaRegistered(), obligationFulfilled(situationPicture)])
      .when(recordFulfilment({ ...situationPicture, fulfilledOn: '2025-10-20' }))
      .then([obligationFulfilled({ ...situationPicture, fulfilledOn: '2025-10-20' })]);
  });

  it('leaves out a note that is only blanks', () => {
    spec
      .given([lommaRegistered()])
      .when(recordFulfilment({ ...situationPicture, note: '   ' }))
      .then([obligationFulfilled(situationPicture)]);
  });

  it('accepts a note exactly at the limit', () => {
    const note = 'å'.repeat(FULFILMENT_NOTE_MAX_LENGTH);
    spec
      .given([lommaRegistered()])
      .when(recordFulfilment({ ...situationPicture, note }))
      .then([obligationFulfilled({ ...situationPicture, note })]);
  });

  describe('refuses', () => {
    it('a fulfilment in an agreement not yet registered', () => {
      spec.given([]).when(recordFulfilment(situationPicture)).thenThrows('AgreementIsRegistered');
    });

    it('an obligation the agreement does not have', () => {
      const error = spec
        .given([lommaRegistered()])
        .when(recordFulfilment({ obligationKind: 'councilMeetings', fulfilledOn: '2024-03-01' }))
        .thenThrows('AgreementHasObligation');
      expect(error.message).toContain('möten i strategiska rådet');
    });

    it('a date that does not exist', () => {
      spec
        .given([lommaRegistered()])
        .when(recordFulfilment({ ...situationPicture, fulfilledOn: '2025-02-29' }))
        .thenThrows('FulfilmentDateIsValid');
    });

    it('a date written another way', () => {
      spec
        .given([lommaRegistered()])
        .when(recordFulfilment({ ...situationPicture, fulfilledOn: '5/11 2024' }))
        .thenThrows('FulfilmentDateIsValid');
    });

    it('a date the day before the period starts', () => {
      const error = spec
        .given([lommaRegistered()])
        .when(recordFulfilment({ ...situationPicture, fulfilledOn: '2022-12-31' }))
        .thenThrows('FulfilmentIsNotBeforeThePeriod');
      expect(error.message).toContain('2023-01-01–2027-12-31');
    });

    it('a note that holds a personnummer', () => {
      spec
        .given([lommaRegistered()])
        .when(recordFulfilment({ ...situationPicture, note: 'Kontakt 19811218-9876' }))
        .thenThrows('NoPersonalIdentityNumber');
    });

    it('a note longer than the limit', () => {
      const note = 'å'.repeat(FULFILMENT_NOTE_MAX_LENGTH + 1);
      spec
        .given([lommaRegistered()])
        .when(recordFulfilment({ ...situationPicture, note }))
        .thenThrows('FulfilmentNoteIsShort');
    });
  });
});
