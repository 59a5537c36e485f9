import { describe, expect, it } from '@jest/globals';
import { ApiProblem } from '../../api/problem';
import { fieldKey, nearestField, placeProblems } from './problem-fields';

const FIELDS = ['agreementId', 'parties', 'parties.0.name', 'parties.1.name', 'parties.1.organisationNumber', 'period.from', 'period.to'];

describe("where the API's problems are shown on a form", () => {
  it("reads a rule's path the way a 400 names fields", () => {
    expect(fieldKey('parties[1].organisationNumber')).toBe('parties.1.organisationNumber');
  });

  it('shows a problem at its field, inside it, or at the nearest field around it', () => {
    expect(nearestField('parties.1.organisationNumber', FIELDS)).toBe('parties.1.organisationNumber');
    expect(nearestField('period', FIELDS)).toBe('period.from');
    expect(nearestField('parties.1', FIELDS)).toBe('parties.1.name');
    expect(nearestField('parties.1.kind', FIELDS)).toBe('parties.1.name');
    expect(nearestField('council.name', FIELDS)).toBeUndefined();
  });

  it("gives each field of a 400 the form's Swedish sentence, by its last name", () => {
    const problem = new ApiProblem({
      status: 400,
      errors: [
        { field: 'parties', messages: ['parties must contain at least 2 elements'] },
        { field: 'period.from', messages: ['from must be a date YYYY-MM-DD'] },
        { field: 'council', messages: ['council is required'] },
      ],
    });
    expect(placeProblems(problem, FIELDS, { parties: 'Minst två parter.', from: 'Ange ett datum.' })).toEqual([
      { field: 'parties', message: 'Minst två parter.' },
      { field: 'period.from', message: 'Ange ett datum.' },
      { field: null, message: 'Uppgiften godtogs inte (council is required).' },
    ]);
  });

  it("shows a broken rule's Swedish detail at the field it names, or where the form puts that rule", () => {
    const checkDigit = new ApiProblem({
      status: 422,
      rule: 'OrganisationNumbersAreValid',
      field: 'parties[1].organisationNumber',
      detail: 'Fel kontrollsiffra.',
    });
    expect(placeProblems(checkDigit, FIELDS, {})).toEqual([{ field: 'parties.1.organisationNumber', message: 'Fel kontrollsiffra.' }]);
    const twice = new ApiProblem({ status: 422, rule: 'AgreementIsNotAlreadyRegistered', detail: 'Överenskommelsen är redan registrerad.' });
    expect(placeProblems(twice, FIELDS, {}, { AgreementIsNotAlreadyRegistered: 'agreementId' })).toEqual([
      { field: 'agreementId', message: 'Överenskommelsen är redan registrerad.' },
    ]);
    expect(placeProblems(twice, FIELDS, {})).toEqual([{ field: null, message: 'Överenskommelsen är redan registrerad.' }]);
  });

  it('keeps a refusal that is about no field, in Swedish', () => {
    expect(placeProblems(new ApiProblem({ status: 403 }), FIELDS, {})).toEqual([{ field: null, message: 'Du har inte behörighet att göra detta.' }]);
  });
});
