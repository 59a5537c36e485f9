import { describe, it, expect } from '@jest/globals';
import { foldAgreement, partiesUserMayDecideFor, rolesOf, toAgreementFacts, type AgreementEvent } from '@samverkan/agreements';
import { replayProjection } from '../shared/replay.js';
import { agreementDecides, assignRole, registerLomma, revokeRole } from '../testing/agreement-commands.js';
import { eventLog } from '../testing/event-log.js';
import { actors, AGREEMENT_ID, MUNICIPALITY, POLICE } from '../testing/lomma.js';
import { agreementDirectoryProjection as directory } from './agreement-directory.projection.js';
import { agreementFactsOf, assignmentsOf, isMemberOf, partiesDecidedForIn, rolesHeldIn } from './directory-access.js';

const representative = { userId: 'lomma.rad.polis', role: 'councilRepresentative' as const, partyId: POLICE, function: 'Lokalpolisområdeschef' };
const substitute = { userId: 'lomma.ersattare.polis', role: 'councilSubstitute' as const, partyId: POLICE, function: 'Ställföreträdare' };
const auditor = { userId: 'lomma.revisor', role: 'auditor' as const, function: 'Revisor' };
const chair = { userId: 'lomma.ordf', role: 'councilRepresentative' as const, function: 'Ordförande' };

const log = eventLog();
agreementDecides(log, registerLomma(), actors.administrator, '2024-01-02');
for (const role of [representative, substitute, auditor, { ...chair, partyId: POLICE }, { ...chair, partyId: MUNICIPALITY }])
  agreementDecides(log, assignRole(role), actors.administrator, '2024-01-03');
agreementDecides(log, revokeRole({ userId: representative.userId, role: 'councilRepresentative', partyId: POLICE }), actors.administrator, '2024-02-01');
const doc = replayProjection(directory, log.events()).get(AGREEMENT_ID)!;
/** The same history folded as the commands fold it: the read side must answer as the write side does. */
const state = foldAgreement(log.events().filter((e) => e.streamId.startsWith('agreement-')) as unknown as AgreementEvent[]);

describe('access from the agreement directory', () => {
  it("gives the roles held now in the agreement state's shape, without a party for an auditor", () => {
    expect(rolesHeldIn(doc, 'lomma.revisor')).toEqual([auditor]);
    expect(rolesHeldIn(doc, 'lomma.ersattare.polis')).toEqual([substitute]);
    expect(assignmentsOf(doc)).toHaveLength(4);
  });

  it('answers every user as the folded agreement does', () => {
    for (const userId of ['lomma.rad.polis', 'lomma.ersattare.polis', 'lomma.revisor', 'lomma.ordf', 'someone.else']) {
      expect(rolesHeldIn(doc, userId)).toEqual(rolesOf(state, userId));
      expect(partiesDecidedForIn(doc, userId)).toEqual(partiesUserMayDecideFor(state, userId));
    }
  });

  it('makes a member of anyone with a role, and no longer of one whose only role was revoked', () => {
    expect(isMemberOf(doc, 'lomma.revisor')).toBe(true);
    expect(isMemberOf(doc, 'lomma.rad.polis')).toBe(false);
    expect(isMemberOf(doc, 'someone.else')).toBe(false);
  });

  it("lets a substitute decide for the party, and one who represents both parties for both, in the agreement's order", () => {
    expect(partiesDecidedForIn(doc, 'lomma.ersattare.polis')).toEqual([POLICE]);
    expect(partiesDecidedForIn(doc, 'lomma.ordf')).toEqual([MUNICIPALITY, POLICE]);
    expect(partiesDecidedForIn(doc, 'lomma.revisor')).toEqual([]);
  });

  it('gives the cycle machine the facts the folded agreement gives', () => {
    expect(agreementFactsOf(doc)).toEqual(toAgreementFacts(state));
  });
});
