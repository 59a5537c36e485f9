import { describe, expect, it } from '@jest/globals';
import type { Cause, Goal, Measure, Party } from '../../api/schema';
import { actionPlanRows } from './action-plan-rows';

const parties: Party[] = [
  { partyId: 'lomma-kommun', name: 'Lomma kommun', kind: 'municipality' },
  { partyId: 'lpo-kavlinge', name: 'Lokalpolisområde Kävlinge', kind: 'localPoliceArea' },
];
const causes: Cause[] = [
  { causeId: 'c1', description: 'Få vuxna ute kvällstid', factor: 'place' },
  { causeId: 'c2', description: 'Mörka gångvägar', factor: 'place' },
];
const goals: Goal[] = [{ goalId: 'g1', description: 'Färre unga känner sig otrygga', indicator: 'Andel otrygga', baseline: 30, target: 20 }];
const measure = (extra: Partial<Measure> = {}): Measure => ({
  measureId: 'm1',
  causeId: 'c1',
  goalId: 'g1',
  activity: 'Vuxenvandringar',
  operationalGoal: '40 kvällar',
  dueDate: '2026-06-30',
  responsiblePartyId: 'lpo-kavlinge',
  responsibleFunction: 'Kommunpolis',
  followUpMethod: 'Kvartalsrapport',
  kind: 'ordinaryWork',
  status: null,
  ...extra,
});
const rowOf = (m: Measure, today = '2026-01-01') => actionPlanRows({ measures: [m], causes, goals }, parties, today)[0]!;

describe('action plan rows (Brå’s columns in words)', () => {
  it('names the main cause first, then the further causes the measure addresses', () => {
    expect(rowOf(measure({ furtherCauseIds: ['c2'] })).causes.map((c) => c.text)).toEqual(['Få vuxna ute kvällstid', 'Mörka gångvägar']);
  });

  it('says a removed cause is missing rather than leaving the column empty', () => {
    expect(rowOf(measure({ causeId: 'gone' })).causes.map((c) => c.text)).toEqual(['Orsaken saknas']);
  });

  it('warns about a measure past its due date still marked green, and not about one followed up', () => {
    expect(rowOf(measure({ status: 'green' }), '2026-07-01').greenButLate).toBe(true);
    expect(rowOf(measure({ status: 'green' }), '2026-06-30').greenButLate).toBe(false);
    expect(rowOf(measure({ status: 'yellow' }), '2026-07-01').greenButLate).toBe(false);
  });

  it('shows the goal with its indicator', () => {
    expect(rowOf(measure()).goalText).toBe('Färre unga känner sig otrygga (indikator: Andel otrygga)');
  });

  it('says "Mål saknas" for a measure planned before its goal (Brå’s order)', () => {
    const { goalId: _none, ...withoutGoal } = measure();
    const row = rowOf(withoutGoal);
    expect(row.goal).toBeUndefined();
    expect(row.goalText).toBe('Mål saknas');
  });

  it('names the responsible party with its function, those sharing it, and the collaborators', () => {
    const row = rowOf(
      measure({ coResponsible: [{ partyId: 'lomma-kommun', function: 'Fritidschef' }], collaborators: ['Lomma fastigheter', 'Föreningen Nattvandrarna'] }),
    );
    expect(row.responsible).toBe('Lokalpolisområde Kävlinge (Kommunpolis)');
    expect(row.coResponsible).toEqual(['Lomma kommun (Fritidschef)']);
    expect(row.collaborators).toBe('Lomma fastigheter och Föreningen Nattvandrarna');
  });

  it('leaves shared responsibility and collaborators empty when none are named', () => {
    const row = rowOf(measure());
    expect(row.coResponsible).toEqual([]);
    expect(row.collaborators).toBe('');
  });

  it('marks a measure past its date late unless it is done', () => {
    expect(rowOf(measure({ dueDate: '2025-12-31' })).late).toBe(true);
    expect(rowOf(measure({ dueDate: '2025-12-31', status: 'done' })).late).toBe(false);
    expect(rowOf(measure({ dueDate: '2026-01-01' })).late).toBe(false);
  });
});
