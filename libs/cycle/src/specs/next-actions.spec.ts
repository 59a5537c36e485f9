import { describe, expect, it } from '@jest/globals';
import { focusAreaEvent } from '../focus-area.events.js';
import { foldFocusArea } from '../focus-area.fold.js';
import { nextActions, possibleCommands } from '../next-actions.js';
import { agreementFacts, decided, ev, history, policyWith } from '../testing/focus-area.fixtures.js';

const facts = agreementFacts();
const h = history();
const types = (commands: ReturnType<typeof possibleCommands>) => commands.map((c) => c.type);

describe('next actions', () => {
  it('lists the event types the machine handles in mapping', () => {
    expect(nextActions(foldFocusArea(facts, h.inMapping))).toEqual([
      'ProblemStatementRecorded',
      'SourceAdded',
      'SourceRemoved',
      'TransitionProposed',
      'TransitionApproved',
      'TransitionRejected',
      'ProposalVoided',
      'FocusAreaScopeChanged',
      'WorkCarriedForward',
      'StepAdvanced',
    ]);
  });

  it('lists the ways back from evaluation', () => {
    expect(nextActions(foldFocusArea(facts, h.inEvaluation))).toEqual(
      expect.arrayContaining(['GoalOutcomeRecorded', 'EvaluationConcluded', 'FocusAreaClosed', 'NewCycleStarted', 'SteppedBack']),
    );
  });
});

describe('possible commands', () => {
  it('offers no proposal while the gate is closed', () => {
    expect(types(possibleCommands(foldFocusArea(facts, h.inMapping))).sort()).toEqual(['AddSource', 'ChangeFocusAreaScope', 'RecordProblemStatement']);
  });

  it('offers the proposal once the gate holds', () => {
    expect(possibleCommands(foldFocusArea(facts, h.mappingDone))).toContainEqual({
      type: 'ProposeTransition',
      transition: 'advance',
      to: 'analysis',
      decisionRequired: true,
    });
  });

  it('offers decisions, not proposals, while a proposal is pending', () => {
    const [proposed] = decided('p-1', 'advance', 'mapping', 'analysis');
    const commands = types(possibleCommands(foldFocusArea(facts, [...h.mappingDone, proposed!])));
    expect(commands).toEqual(expect.arrayContaining(['ApproveTransition', 'RejectTransition', 'VoidProposal']));
    expect(commands).not.toContain('ProposeTransition');
  });

  it('offers going back to every earlier step, directly by default', () => {
    const back = possibleCommands(foldFocusArea(facts, h.inEvaluation)).filter((c) => c.type === 'StepBack');
    expect(back).toEqual([
      { type: 'StepBack', to: 'mapping' },
      { type: 'StepBack', to: 'analysis' },
      { type: 'StepBack', to: 'measures' },
    ]);
  });

  it('offers going back as a proposal when the agreement requires a decision', () => {
    const strict = agreementFacts({ policy: policyWith({ stepBack: true }) });
    const commands = possibleCommands(foldFocusArea(strict, h.inAnalysis));
    expect(commands).toContainEqual({ type: 'ProposeTransition', transition: 'stepBack', to: 'mapping', decisionRequired: true });
    expect(types(commands)).not.toContain('StepBack');
  });

  it('offers closing and a new cycle once evaluation is done', () => {
    const proposals = possibleCommands(foldFocusArea(facts, h.evaluationDone)).filter((c) => c.type === 'ProposeTransition');
    expect(proposals.map((c) => 'transition' in c && c.transition)).toEqual(['close', 'newCycle']);
  });

  it('offers proposing and withdrawing at the start, and nothing once withdrawn', () => {
    expect(types(possibleCommands(foldFocusArea(facts, [])))).toEqual(['ProposeFocusArea']);
    expect(types(possibleCommands(foldFocusArea(facts, [ev.proposed()])))).toEqual(['ProposeTransition', 'ChangeFocusAreaScope', 'WithdrawFocusArea']);
    const withdrawn = [ev.proposed(), focusAreaEvent('FocusAreaWithdrawn', { reason: 'Dubblett' })];
    expect(possibleCommands(foldFocusArea(facts, withdrawn))).toEqual([]);
  });
});
