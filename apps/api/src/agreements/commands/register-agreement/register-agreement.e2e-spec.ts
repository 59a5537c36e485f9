import { describe, it } from '@jest/globals';
import { DEFAULT_DECISION_POLICY } from '@samverkan/cycle';
import { agreementStreamId } from '@samverkan/shared-kernel';
import { apiSpecification, expectError, expectInvalidFields, expectNewEvents, expectResponse } from '../../../../../../test/support/api-specification.js';
import { ADMIN, byAdministrator, givenAgreement, registration } from '../../../../../../test/support/given-agreement.js';

describe('register agreement (POST /agreements)', () => {
  const spec = apiSpecification();
  const obligation = { kind: 'councilMeetings', perYear: 4, description: 'Styrgruppen möts fyra gånger per år.' };

  it('registers the agreement with the default policy when none is given', () =>
    spec
      .given()
      .when((api) => api.as(ADMIN).post('/agreements', { ...registration('register-happy'), obligations: [obligation] }))
      .then([
        expectResponse(201, { body: { agreementId: 'register-happy', revision: 0 } }),
        expectNewEvents(
          agreementStreamId('register-happy'),
          [
            {
              type: 'AgreementRegistered',
              data: { ...registration('register-happy'), policy: DEFAULT_DECISION_POLICY, obligations: [obligation], decisionRule: 'consensus' },
            },
          ],
          byAdministrator,
        ),
      ]));

  it('registers the agreement as signed: signatories, chair, members, meetings as needed, the decision rule and the policy', () => {
    const asSigned = {
      ...registration('register-as-signed'),
      council: {
        name: 'Styrgruppen',
        chairPartyId: 'kommunen',
        members: [
          { partyId: 'kommunen', function: 'Kommunstyrelsens ordförande' },
          { partyId: 'polisen', function: 'Lokalpolisområdeschef' },
        ],
      },
      operativeGroup: { name: 'Samverkansgruppen', members: [{ partyId: 'polisen', function: 'Kommunpolis' }] },
      signatories: [
        { partyId: 'kommunen', function: 'Kommunstyrelsens ordförande', signedOn: '2024-03-04' },
        { partyId: 'polisen', function: 'Lokalpolisområdeschef', signedOn: '2024-03-04' },
      ],
      decisionRule: 'consensus',
      policy: { decisionRequired: { ...DEFAULT_DECISION_POLICY.decisionRequired, stepBack: true }, childImpactAssessment: 'everyFocusArea' },
      obligations: [{ ...obligation, alsoAsNeeded: true }],
    };
    return spec
      .given()
      .when((api) => api.as(ADMIN).post('/agreements', asSigned))
      .then([
        expectResponse(201, { body: { agreementId: 'register-as-signed', revision: 0 } }),
        expectNewEvents(
          agreementStreamId('register-as-signed'),
          [{ type: 'AgreementRegistered', data: { ...asSigned, policy: { ...asSigned.policy, baselineMayFollow: false } } }],
          byAdministrator,
        ),
      ]);
  });

  it('refuses a malformed signing day and an unknown decision rule (400)', () =>
    spec
      .given()
      .when((api) =>
        api.as(ADMIN).post('/agreements', {
          ...registration('register-bad-signatory'),
          signatories: [{ partyId: 'kommunen', function: 'Kommunstyrelsens ordförande', signedOn: 'mars 2024' }],
          decisionRule: 'majority',
        }),
      )
      .then([expectInvalidFields('signatories.0.signedOn', 'decisionRule')]));

  it('refuses a chair that is not a party of the agreement (422)', () =>
    spec
      .given()
      .when((api) =>
        api.as(ADMIN).post('/agreements', { ...registration('register-bad-chair'), council: { name: 'Styrgruppen', chairPartyId: 'regionen' } }),
      )
      .then([expectError(422, { rule: 'CouncilChairIsAPartyOfTheAgreement', field: 'council.chairPartyId' })]));

  it('refuses an agreement with one party and a malformed period (400)', () =>
    spec
      .given()
      .when((api) => {
        const { parties, period: _, ...rest } = registration('register-invalid');
        return api.as(ADMIN).post('/agreements', { ...rest, parties: parties.slice(0, 1), period: { from: '2024', to: '2027-12-31' } });
      })
      .then([expectInvalidFields('parties', 'period.from')]));

  it('refuses an organisation number with a wrong check digit (422)', () =>
    spec
      .given()
      .when((api) => {
        const agreement = registration('register-check-digit');
        return api
          .as(ADMIN)
          .post('/agreements', { ...agreement, parties: [agreement.parties[0], { ...agreement.parties[1], organisationNumber: '202100-0077' }] });
      })
      .then([expectError(422, { rule: 'OrganisationNumbersAreValid' })]));

  it('refuses to register the same agreement twice (422)', () =>
    spec
      .given(givenAgreement('register-twice'))
      .when((api) => api.as(ADMIN).post('/agreements', registration('register-twice')))
      .then([expectError(422, { rule: 'AgreementIsNotAlreadyRegistered' })]));

  it('is refused to anyone but the administrator (403) and to the anonymous (401)', async () => {
    await spec
      .given()
      .when((api) => api.as('lomma.samordnare').post('/agreements', registration('register-coordinator')))
      .then([expectError(403)]);
    await spec
      .given()
      .when((api) => api.anonymous().post('/agreements', registration('register-anonymous')))
      .then([expectError(401)]);
  });
});
