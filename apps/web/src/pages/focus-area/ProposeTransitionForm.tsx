import { useState } from 'react';
import { Button, capitalise, STEP_LABEL, TextArea } from '../../ui';
import { FormActions, RadioGroup } from './fields';
import { FormFeedback } from './FormFeedback';
import { useFocusAreaPage } from './FocusAreaContext';
import { emptyMeeting, meetingBody, meetingErrors, MeetingFields, type MeetingValues } from './MeetingFields';
import type { ProposeTransitionCommand } from './possible-commands';
import { useFocusAreaForm, type FieldErrors } from './useFocusAreaForm';

type Field = 'option' | 'grounds' | 'meetingName' | 'meetingDate';

const keyOf = (c: ProposeTransitionCommand) => `${c.transition}:${c.to}`;

/** What the coordinator asks for, as a sentence: "Föreslå övergång till analys". */
export const proposalLabel = (c: ProposeTransitionCommand): string => {
  const verb = c.decisionRequired ? 'Föreslå' : 'Genomför';
  switch (c.transition) {
    case 'prioritise':
      return c.decisionRequired ? 'Föreslå att fokusområdet prioriteras' : 'Prioritera fokusområdet';
    case 'advance':
      return `${verb} övergång till ${STEP_LABEL[c.to]}`;
    case 'close':
      return c.decisionRequired ? 'Föreslå att fokusområdet avslutas' : 'Avsluta fokusområdet';
    case 'newCycle':
      return c.decisionRequired ? 'Föreslå en ny cykel' : 'Starta en ny cykel';
    case 'stepBack':
      return `${verb} att gå tillbaka till ${STEP_LABEL[c.to]}`;
  }
};

/**
 * Föreslå övergång: the transitions the cycle machine allows now (possibleCommands), with the
 * grounds (motivering) and the meeting that is to decide. When the agreement asks no council
 * decision for the move, the same form makes it at once, and says so.
 */
export function ProposeTransitionForm({ onSaved }: { onSaved: (message: string) => void }) {
  const { proposals } = useFocusAreaPage();
  const [chosen, setChosen] = useState(proposals.length === 1 ? keyOf(proposals[0]!) : '');
  const [grounds, setGrounds] = useState('');
  const [meeting, setMeeting] = useState<MeetingValues>(emptyMeeting);
  const form = useFocusAreaForm<Field>({ apiFields: { 'meeting.name': 'meetingName', 'meeting.date': 'meetingDate' } });
  const option = proposals.length === 1 ? proposals[0] : proposals.find((c) => keyOf(c) === chosen);

  const check = (): FieldErrors<Field> => ({
    ...(option ? {} : { option: 'Välj vilken övergång du föreslår.' }),
    ...(grounds.trim() === '' ? { grounds: 'Skriv en motivering till rådet.' } : {}),
    ...meetingErrors(meeting),
  });

  return (
    <form
      {...form.formProps({
        check,
        method: 'POST',
        path: '/proposals',
        body: () => ({
          transition: option!.transition,
          ...(option!.transition === 'stepBack' ? { to: option!.to } : {}),
          grounds: grounds.trim(),
          ...meetingBody(meeting),
        }),
        onSuccess: () => {
          onSaved(
            option!.decisionRequired
              ? `Förslaget är skickat till rådet: ${proposalLabel(option!).replace(/^Föreslå /, '')}. Det väntar nu på beslut från alla parter.`
              : `${capitalise(STEP_LABEL[option!.to])}: övergången är genomförd.`,
          );
          setGrounds('');
          setMeeting(emptyMeeting);
        },
      })}
      className="fap-form fap-form--primary"
      aria-labelledby="fap-propose-heading"
    >
      <h3 id="fap-propose-heading" className="fap-form__title">
        Föreslå övergång
      </h3>
      {proposals.length === 1 ? (
        <p className="fap-form__intro">
          <strong>{proposalLabel(proposals[0]!)}</strong>
          {proposals[0]!.decisionRequired
            ? '. Rådet beslutar i samförstånd: övergången sker när alla parter har godkänt.'
            : '. Överenskommelsen kräver inget rådsbeslut för detta, så steget ändras direkt.'}
        </p>
      ) : (
        <RadioGroup
          legend="Vad föreslår du?"
          value={chosen}
          error={form.errors.option}
          onChange={form.onValue('option', setChosen)}
          options={proposals.map((c) => ({ value: keyOf(c), label: proposalLabel(c) }))}
        />
      )}
      <TextArea
        label="Motivering"
        hint="Varför övergången föreslås – för rådets beslut och för granskning i efterhand."
        required
        rows={3}
        maxLength={4000}
        value={grounds}
        error={form.errors.grounds ?? null}
        onChange={form.onText('grounds', setGrounds)}
      />
      <MeetingFields
        value={meeting}
        errors={{ meetingName: form.errors.meetingName, meetingDate: form.errors.meetingDate }}
        onChange={(value) => {
          setMeeting(value);
          form.clearError('meetingName');
          form.clearError('meetingDate');
        }}
      />
      <FormFeedback feedback={form.problems} />
      <FormActions>
        <Button type="submit" busy={form.busy}>
          {option ? proposalLabel(option) : 'Föreslå övergången'}
        </Button>
      </FormActions>
    </form>
  );
}
