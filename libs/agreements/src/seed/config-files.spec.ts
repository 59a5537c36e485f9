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
      for (const command of [commands.register, ...commands.roles]) {
        state = agreementDecider.decide(command, state).reduce(agreementDecider.evolve, state);
      }
      expect(state.status).toBe('registered');
      expect(state.status === 'registered' && state.roles).toHaveLength(seed.roles.length);
      const seeded = seedAgreementEvents(commands);
      expect(seeded.state).toEqual(state);
      expect(seeded.events.map((e) => e.type)).toEqual(['AgreementRegistered', ...seed.roles.map(() => 'RoleAssigned')]);
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
