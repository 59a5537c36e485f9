import { describe, it, expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import bcrypt from 'bcryptjs';
import { agreementDecider } from '../decide.js';
import { isValidOrganisationNumber } from '../organisation-number.js';
import { parseAgreementSeed } from './parse-agreement-seed.js';
import { seedAgreementEvents, seedCommands } from './seed-commands.js';

const CONFIG = new URL('../../../../config/', import.meta.url);
const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(path, CONFIG), 'utf8'));

const FILES = ['agreements/vellinge-2023-2026.json', 'agreements/lomma-2023-2027.json', 'agreements/kavlinge.json'];

interface DemoAccount {
  username: string;
  displayName: string;
  passwordHash: string;
  administrator?: true;
}
const accounts = readJson('demo-accounts.json') as DemoAccount[];
const usernames = new Set(accounts.map((a) => a.username));

describe('the real agreements in config/agreements', () => {
  describe.each(FILES)('%s', (file) => {
    const seed = parseAgreementSeed(readJson(file));
    const commands = seedCommands(seed);

    it('registers and assigns every role cleanly through the decider', () => {
      let state = agreementDecider.initialState();
      for (const command of [commands.register, ...commands.roles, ...commands.publish]) {
        state = agreementDecider.decide(command, state).reduce(agreementDecider.evolve, state);
      }
      expect(state.status).toBe('registered');
      expect(state.status === 'registered' && state.roles).toHaveLength(seed.roles.length);
      const seeded = seedAgreementEvents(commands);
      expect(seeded.state).toEqual(state);
      expect(seeded.events.map((e) => e.type)).toEqual([
        'AgreementRegistered',
        ...seed.roles.map(() => 'RoleAssigned'),
        ...(seed.publicPage ? ['PublicPagePublished'] : []),
      ]);
    });

    it('has the municipality and its local police area as parties', () => {
      expect(seed.parties.map((p) => p.kind).sort()).toEqual(['localPoliceArea', 'municipality']);
    });

    it('puts only valid organisation numbers on the police', () => {
      for (const party of seed.parties) {
        if (party.organisationNumber === undefined) continue;
        expect(party.kind).toBe('localPoliceArea');
        expect(isValidOrganisationNumber(party.organisationNumber)).toBe(true);
      }
    });

    it('cites the agreement for every obligation', () => {
      for (const obligation of seed.obligations) expect(obligation.source?.length).toBeGreaterThan(10);
    });

    it('gives every role’s user a demo account', () => {
      for (const role of seed.roles) expect(usernames).toContain(role.username);
    });

    it('has a focus on children and young people', () => {
      expect(seed.focusAreas.some((f) => f.childrenAndYoungPeople)).toBe(true);
    });

    it('staffs the agreement with both coordinators, a representative per party, a substitute and an auditor', () => {
      const held = (role: string) => seed.roles.filter((r) => r.role === role);
      expect(
        held('coordinator')
          .map((r) => r.partyId)
          .sort(),
      ).toEqual(seed.parties.map((p) => p.partyId).sort());
      expect(
        held('councilRepresentative')
          .map((r) => r.partyId)
          .sort(),
      ).toEqual(seed.parties.map((p) => p.partyId).sort());
      expect(held('councilSubstitute').length).toBeGreaterThanOrEqual(1);
      expect(held('auditor')).toHaveLength(1);
    });
  });

  it('names every focus area uniquely across agreements, since a focus area has a stream of its own', () => {
    const ids = FILES.flatMap((file) => parseAgreementSeed(readJson(file)).focusAreas.map((f) => f.focusAreaId));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives Lomma, which names no fixed focus areas, one for children and young people among its proposals', () => {
    const lomma = parseAgreementSeed(readJson('agreements/lomma-2023-2027.json'));
    expect(lomma.focusAreas.length).toBeGreaterThanOrEqual(2);
    expect(lomma.focusAreas.filter((f) => f.childrenAndYoungPeople).map((f) => f.focusAreaId)).toEqual(['lomma-barn-och-ungdomar']);
  });

  it('publishes Lomma’s page for residents in the demo, and leaves the others unpublished (opt-in)', () => {
    const publicPage = (file: string) => parseAgreementSeed(readJson(`agreements/${file}`)).publicPage;
    expect(['lomma-2023-2027.json', 'vellinge-2023-2026.json', 'kavlinge.json'].map(publicPage)).toEqual([true, undefined, undefined]);
  });

  describe('the agreement as signed, as the texts in /work/shared/seeds say', () => {
    const lomma = parseAgreementSeed(readJson('agreements/lomma-2023-2027.json'));
    const vellinge = parseAgreementSeed(readJson('agreements/vellinge-2023-2026.json'));
    const kavlinge = parseAgreementSeed(readJson('agreements/kavlinge.json'));

    it('gives Lomma’s signatories by function, on the day it was signed ("Lomma 2024-03-04")', () => {
      expect(lomma.signatories).toEqual([
        { partyId: 'lomma-kommun', function: 'Kommunstyrelsens ordförande', signedOn: '2024-03-04' },
        { partyId: 'lpo-kavlinge', function: 'Lokalpolisområdeschef Kävlinge', signedOn: '2024-03-04' },
      ]);
    });

    it('puts the head of the local police area in Lomma’s styrgrupp and the kommunpolis in its samverkansgrupp, naming no chair', () => {
      expect(lomma.council).toEqual({ name: 'Trygghetsrådets styrgrupp', members: [{ partyId: 'lpo-kavlinge', function: 'Lokalpolisområdeschef' }] });
      expect(lomma.operativeGroup).toEqual({ name: 'Trygghetsrådets samverkansgrupp', members: [{ partyId: 'lpo-kavlinge', function: 'Kommunpolis' }] });
    });

    it('demands a child impact assessment in every Lomma focus area ("innan beslut om åtgärder fattas")', () => {
      expect(lomma.policy?.childImpactAssessment).toBe('everyFocusArea');
      expect(lomma.policy?.baselineMayFollow).toBeUndefined();
    });

    it('has Vellinge decided by its executive board and the head of the local police area, with no signatories in the text', () => {
      expect(vellinge.council.members?.map((m) => m.partyId)).toEqual(['vellinge-kommun', 'lpo-trelleborg']);
      expect(vellinge.signatories).toBeUndefined();
      expect(vellinge.policy).toBeUndefined();
    });

    it('leaves out what the texts are silent on: Kävlinge’s undated signatures, members and policy', () => {
      expect([kavlinge.signatories, kavlinge.council.members, kavlinge.council.chairPartyId, kavlinge.policy]).toEqual([
        undefined,
        undefined,
        undefined,
        undefined,
      ]);
      expect(kavlinge.notes?.some((note) => note.startsWith('Signatories:'))).toBe(true);
    });

    it('registers them with the consensus rule and, where the text is silent, today’s default child impact assessment', () => {
      const policyOf = (seed: typeof lomma) => {
        const [event] = agreementDecider.decide(seedCommands(seed).register, agreementDecider.initialState());
        return event?.type === 'AgreementRegistered' ? [event.data.decisionRule, event.data.policy.childImpactAssessment] : [];
      };
      expect([lomma, vellinge, kavlinge].map(policyOf)).toEqual([
        ['consensus', 'everyFocusArea'],
        ['consensus', 'childrenAndYoungPeople'],
        ['consensus', 'childrenAndYoungPeople'],
      ]);
    });

    it('never names a person among the functions', () => {
      const functions = FILES.flatMap((file) => {
        const seed = parseAgreementSeed(readJson(file));
        return [...(seed.signatories ?? []), ...(seed.council.members ?? []), ...(seed.operativeGroup?.members ?? [])].map((m) => m.function);
      });
      for (const name of ['Wenglén', 'Nilsson', 'Thuresson']) expect(functions.join(' ')).not.toContain(name);
    });
  });

  it('marks Kävlinge’s period as an assumption, since the document states none', () => {
    const kavlinge = parseAgreementSeed(readJson('agreements/kavlinge.json'));
    expect(kavlinge.notes?.some((note) => note.startsWith('ASSUMPTION, period'))).toBe(true);
  });
});

describe('the demo accounts in config/demo-accounts.json', () => {
  it('has unique usernames and exactly one administrator, admin', () => {
    expect(usernames.size).toBe(accounts.length);
    expect(accounts.filter((a) => a.administrator).map((a) => a.username)).toEqual(['admin']);
  });

  it('gives every account other than the administrator a role in some agreement', () => {
    const withRoles = new Set(FILES.flatMap((file) => parseAgreementSeed(readJson(file)).roles.map((r) => r.username)));
    for (const account of accounts.filter((a) => !a.administrator)) expect(withRoles).toContain(account.username);
  });

  it('hashes the demo password with bcrypt at cost 10', async () => {
    for (const account of accounts) {
      expect(account.passwordHash).toMatch(/^\$2[aby]\$10\$/);
      await expect(bcrypt.compare('samverkan-demo', account.passwordHash)).resolves.toBe(true);
    }
  });
});
