import { fieldRequired, noPersonalIdentityNumber, type BusinessRule } from '@samverkan/shared-kernel';
import type { FocusAreaCommand } from './focus-area.commands.js';
import { dateMustBeValid } from './rules/date-must-be-valid.rule.js';
import { numberRequired } from './rules/number-required.rule.js';

/** Required free text: filled in, and never a personal identity number (DOMAIN.md). */
const text = (field: string, value: string | undefined): BusinessRule[] => [
  fieldRequired(field, value),
  noPersonalIdentityNumber(field, value),
];
const optionalText = (field: string, value: string | undefined): BusinessRule[] =>
  value === undefined ? [] : [noPersonalIdentityNumber(field, value)];
const optionalDate = (field: string, value: string | undefined): BusinessRule[] =>
  value === undefined ? [] : [dateMustBeValid(field, value)];
/** Going back, rejecting, voiding and withdrawing are always explained (DOMAIN.md). */
const reason = (value: string): BusinessRule[] => text('skäl', value);

/**
 * The rules on what a command says, before the state is asked anything. Field names in the
 * messages are the Swedish ones the officials see in the forms.
 */
export const commandRules = (command: FocusAreaCommand): BusinessRule[] => {
  switch (command.type) {
    case 'ProposeFocusArea':
      return [...text('titel', command.data.title), ...text('beskrivning', command.data.description)];
    case 'RecordProblemStatement': {
      const { what, where, when, howOften } = command.data;
      return [...text('vad', what), ...text('var', where), ...text('när', when), ...text('hur ofta', howOften)];
    }
    case 'AddSource':
      return [...text('källans titel', command.data.title), ...optionalText('källans beskrivning', command.data.description)];
    case 'IdentifyCause':
      return text('orsakens beskrivning', command.data.description);
    case 'SetGoal': {
      const { description, indicator, baseline, target, targetDate, followUpMethod } = command.data;
      return [
        ...text('målets beskrivning', description),
        ...optionalText('indikator', indicator),
        numberRequired('utgångsvärde', baseline, false),
        numberRequired('målvärde', target, false),
        ...optionalDate('måldatum', targetDate),
        ...optionalText('uppföljningsmetod', followUpMethod),
      ];
    }
    case 'PlanMeasure': {
      const d = command.data;
      return [
        ...text('aktivitet', d.activity),
        ...text('operativt mål', d.operationalGoal),
        dateMustBeValid('klart senast', d.dueDate),
        fieldRequired('ansvarig part', d.responsiblePartyId),
        ...text('ansvarig funktion', d.responsibleFunction),
        ...text('uppföljningsmetod', d.followUpMethod),
      ];
    }
    case 'UpdateMeasureStatus':
      return optionalText('kommentar', command.data.comment);
    case 'RecordChildImpactAssessment':
      return [...text('sammanfattning', command.data.summary), ...text('slutsats', command.data.conclusion)];
    case 'RecordGoalOutcome': {
      const { production, process, effect } = command.data;
      return [
        ...text('genomförande', production),
        ...text('process', process),
        numberRequired('uppmätt värde', effect?.measuredValue),
        ...optionalText('kommentar om effekt', effect?.comment),
      ];
    }
    case 'ConcludeEvaluation':
      return text('slutsats', command.data.conclusion);
    case 'ProposeTransition': {
      const { grounds, meeting } = command.data;
      return [
        // A proposal states its grounds, for the council and for later audit.
        ...text('motivering', grounds),
        ...(meeting ? [...text('möte', meeting.name), dateMustBeValid('mötesdatum', meeting.date)] : []),
      ];
    }
    case 'RejectTransition':
    case 'VoidProposal':
    case 'StepBack':
    case 'WithdrawFocusArea':
      return reason(command.data.reason);
    case 'RemoveSource':
    case 'RemoveCause':
    case 'RemoveGoal':
    case 'RemoveMeasure':
    case 'ApproveTransition':
      return [];
  }
};
