import { aboutField, fieldRequired, noPersonalIdentityNumber, type BusinessRule } from '@samverkan/shared-kernel';
import type { FocusAreaCommand } from './focus-area.commands.js';
import { dateMustBeValid } from './rules/date-must-be-valid.rule.js';
import { numberRequired } from './rules/number-required.rule.js';

/**
 * Each rule names the request field it checks (`path`, as the API's request body spells it), so a
 * refusal can be shown beside that field; `label` is the Swedish name the message uses.
 */
const about = (path: string, rules: BusinessRule[]): BusinessRule[] => rules.map((r) => aboutField(path, r));

/** Required free text: filled in, and never a personal identity number (DOMAIN.md). */
const text = (label: string, path: string, value: string | undefined): BusinessRule[] =>
  about(path, [fieldRequired(label, value), noPersonalIdentityNumber(label, value)]);
const optionalText = (label: string, path: string, value: string | undefined): BusinessRule[] =>
  value === undefined ? [] : about(path, [noPersonalIdentityNumber(label, value)]);
const date = (label: string, path: string, value: string | undefined): BusinessRule => aboutField(path, dateMustBeValid(label, value));
const optionalDate = (label: string, path: string, value: string | undefined): BusinessRule[] => (value === undefined ? [] : [date(label, path, value)]);
const number = (label: string, path: string, value: unknown, required = true): BusinessRule => aboutField(path, numberRequired(label, value, required));
/** Going back, rejecting, voiding and withdrawing are always explained (DOMAIN.md). */
const reason = (value: string): BusinessRule[] => text('skäl', 'reason', value);

/**
 * The rules on what a command says, before the state is asked anything. Field names in the
 * messages are the Swedish ones the officials see in the forms.
 */
export const commandRules = (command: FocusAreaCommand): BusinessRule[] => {
  switch (command.type) {
    case 'ProposeFocusArea':
      return [...text('titel', 'title', command.data.title), ...text('beskrivning', 'description', command.data.description)];
    case 'RecordProblemStatement': {
      const { what, where, when, howOften } = command.data;
      return [...text('vad', 'what', what), ...text('var', 'where', where), ...text('när', 'when', when), ...text('hur ofta', 'howOften', howOften)];
    }
    case 'AddSource':
      return [...text('källans titel', 'title', command.data.title), ...optionalText('källans beskrivning', 'description', command.data.description)];
    case 'IdentifyCause':
      return text('orsakens beskrivning', 'description', command.data.description);
    case 'ChangeFocusAreaScope':
      return reason(command.data.reason);
    case 'RecordGoalBaseline':
      return [number('utgångsvärde', 'baseline', command.data.baseline)];
    case 'SetGoal': {
      const { description, indicator, baseline, target, targetDate, followUpMethod, baselineDueBy } = command.data;
      return [
        ...text('målets beskrivning', 'description', description),
        ...optionalText('indikator', 'indicator', indicator),
        number('utgångsvärde', 'baseline', baseline, false),
        number('målvärde', 'target', target, false),
        ...optionalDate('måldatum', 'targetDate', targetDate),
        ...optionalDate('utgångsvärdet mäts senast', 'baselineDueBy', baselineDueBy),
        ...optionalText('uppföljningsmetod', 'followUpMethod', followUpMethod),
      ];
    }
    case 'PlanMeasure': {
      const d = command.data;
      return [
        ...text('aktivitet', 'activity', d.activity),
        ...text('operativt mål', 'operationalGoal', d.operationalGoal),
        date('klart senast', 'dueDate', d.dueDate),
        aboutField('responsiblePartyId', fieldRequired('ansvarig part', d.responsiblePartyId)),
        ...text('ansvarig funktion', 'responsibleFunction', d.responsibleFunction),
        ...text('uppföljningsmetod', 'followUpMethod', d.followUpMethod),
        ...(d.coResponsible ?? []).flatMap((shared, i) => [
          aboutField(`coResponsible[${i}].partyId`, fieldRequired('part som delar ansvaret', shared.partyId)),
          ...text('funktion som delar ansvaret', `coResponsible[${i}].function`, shared.function),
        ]),
        // Organisations, never persons: a personal identity number is refused like everywhere else.
        ...(d.collaborators ?? []).flatMap((name, i) => text('samverkanspartner', `collaborators[${i}]`, name)),
      ];
    }
    case 'RecordIndicatorMeasurement': {
      const { measuredOn, value, comment } = command.data;
      return [
        date('mätdatum', 'measuredOn', measuredOn),
        // null: a follow-up planned for that day, not measured yet.
        ...(value === null ? [] : [number('uppmätt värde', 'value', value)]),
        ...optionalText('kommentar', 'comment', comment),
      ];
    }
    case 'UpdateMeasureStatus':
      return optionalText('kommentar', 'comment', command.data.comment);
    case 'RecordChildImpactAssessment':
      return [...text('sammanfattning', 'summary', command.data.summary), ...text('slutsats', 'conclusion', command.data.conclusion)];
    case 'RecordGoalOutcome': {
      const { production, process, effect } = command.data;
      return [
        ...text('genomförande', 'production', production),
        ...text('process', 'process', process),
        number('uppmätt värde', 'effect.measuredValue', effect?.measuredValue),
        ...optionalText('kommentar om effekt', 'effect.comment', effect?.comment),
      ];
    }
    case 'ConcludeEvaluation':
      return text('slutsats', 'conclusion', command.data.conclusion);
    case 'ProposeTransition': {
      const { grounds, meeting } = command.data;
      return [
        // A proposal states its grounds, for the council and for later audit.
        ...text('motivering', 'grounds', grounds),
        ...(meeting ? [...text('möte', 'meeting.name', meeting.name), date('mötesdatum', 'meeting.date', meeting.date)] : []),
      ];
    }
    case 'RejectTransition':
    case 'VoidProposal':
    case 'StepBack':
    case 'WithdrawFocusArea':
      return reason(command.data.reason);
    case 'CarryWorkForward':
    case 'RemoveSource':
    case 'RemoveCause':
    case 'RemoveGoal':
    case 'RemoveMeasure':
    case 'RemoveIndicatorMeasurement':
    case 'ApproveTransition':
      return [];
  }
};
