import { describe, it } from '@jest/globals';
import { agreementDecider } from '../decide.js';
import { deciderSpecification } from '@samverkan/shared-kernel/testing';
import { assign, lommaRegistered, policeRepresentative, roleAssigned } from '../testing/fixtures.js';

const spec = deciderSpecification(agreementDecider);

const coordinator = { userId: 'lomma.samordnare', role: 'coordinator' as const, function: 'Säkerhetschef' };
const auditor = { userId: 'lomma.revisor', role: 'auditor' as const, function: 'Revisor' };

describe('assign role', () => {
  it('makes a user the council representative of a party', () => {
    spec
      .given([lommaRegistered()])
      .when(assign(policeRepresentative))
      .then([roleAssigned(policeRepresentative)]);
  });

  it('makes a user a substitute for a party', () => {
    const substitute = { ...policeRepresentative, userId: 'lomma.ersattare.polis', role: 'councilSubstitute' as const };
    spec
      .given([lommaRegistered()])
      .when(assign(substitute))
      .then([roleAssigned(substitute)]);
  });

  it('lets a coordinator name the party they work for, or none', () => {
    const forMunicipality = { ...coordinator, partyId: 'lomma-kommun' };
    spec
      .given([lommaRegistered()])
      .when(assign(forMunicipality))
      .then([roleAssigned(forMunicipality)]);
    spec
      .given([lommaRegistered()])
      .when(assign(coordinator))
      .then([roleAssigned(coordinator)]);
  });

  it('makes a user an auditor of the whole agreement', () => {
    spec
      .given([lommaRegistered()])
      .when(assign(auditor))
      .then([roleAssigned(auditor)]);
  });

  it('lets the same user represent a second party', () => {
    const forMunicipality = { ...policeRepresentative, partyId: 'lomma-kommun' };
    spec
      .given([lommaRegistered(), roleAssigned(policeRepresentative)])
      .when(assign(forMunicipality))
      .then([roleAssigned(forMunicipality)]);
  });

  it('assigns a role again after it was revoked', () => {
    const revoked = { type: 'RoleRevoked' as const, schemaVersion: 1 as const, data: { agreementId: 'lomma-2023-2027', ...policeRepresentative } };
    spec
      .given([lommaRegistered(), roleAssigned(policeRepresentative), revoked])
      .when(assign(policeRepresentative))
      .then([roleAssigned(policeRepresentative)]);
  });

  describe('refuses', () => {
    it('a role in an agreement not yet registered', () => {
      spec.given([]).when(assign(policeRepresentative)).thenThrows('AgreementIsRegistered');
    });

    it('a council representative who names no party', () => {
      const { partyId: _partyId, ...withoutParty } = policeRepresentative;
      spec.given([lommaRegistered()]).when(assign(withoutParty)).thenThrows('CouncilRoleNamesAParty');
    });

    it('a substitute who names no party', () => {
      spec
        .given([lommaRegistered()])
        .when(assign({ ...coordinator, role: 'councilSubstitute' }))
        .thenThrows('CouncilRoleNamesAParty');
    });

    it('a council role for a party that is not in the agreement', () => {
      spec
        .given([lommaRegistered()])
        .when(assign({ ...policeRepresentative, partyId: 'lpo-trelleborg' }))
        .thenThrows('PartyBelongsToAgreement');
    });

    it('a coordinator for a party that is not in the agreement', () => {
      spec
        .given([lommaRegistered()])
        .when(assign({ ...coordinator, partyId: 'kriminalvarden' }))
        .thenThrows('PartyBelongsToAgreement');
    });

    it('an auditor tied to a party', () => {
      spec
        .given([lommaRegistered()])
        .when(assign({ ...auditor, partyId: 'lomma-kommun' }))
        .thenThrows('AuditorActsForNoParty');
    });

    it('the same role for the same party twice', () => {
      spec
        .given([lommaRegistered(), roleAssigned(policeRepresentative)])
        .when(assign({ ...policeRepresentative, function: 'Biträdande lokalpolisområdeschef' }))
        .thenThrows('RoleIsNotAlreadyAssigned');
    });

    it('a role without a function', () => {
      spec
        .given([lommaRegistered()])
        .when(assign({ ...coordinator, function: '' }))
        .thenThrows('FieldRequired');
    });

    it('a role without a user', () => {
      spec
        .given([lommaRegistered()])
        .when(assign({ ...coordinator, userId: ' ' }))
        .thenThrows('FieldRequired');
    });

    it('a function that holds a personnummer', () => {
      spec
        .given([lommaRegistered()])
        .when(assign({ ...coordinator, function: 'Säkerhetschef 811218-9876' }))
        .thenThrows('NoPersonalIdentityNumber');
    });
  });
});
