import { isIsoDate } from '@samverkan/dates';
import { useEffect, useId, useRef, useState } from 'react';
import { MEASURE_KINDS } from '../../api/schema';
import { Button, CAUSE_FACTOR_LABEL, formatDate, MEASURE_KIND_LABEL, TextArea, TextField } from '../../ui';
import { FormActions, RadioGroup, SelectField } from './fields';
import { FormFeedback } from './FormFeedback';
import { useFocusAreaPage } from './FocusAreaContext';
import { isSmart } from './smart';
import type { Measure } from '../../api/schema';
import { useFocusAreaForm, type FieldErrors } from './useFocusAreaForm';

type Field = 'causeId' | 'goalId' | 'activity' | 'operationalGoal' | 'dueDate' | 'responsiblePartyId' | 'responsibleFunction' | 'followUpMethod' | 'kind';
type Values = Record<Field, string>;

const valuesOf = (measure: Measure | undefined): Values => ({
  causeId: measure?.causeId ?? '',
  goalId: measure?.goalId ?? '',
  activity: measure?.activity ?? '',
  operationalGoal: measure?.operationalGoal ?? '',
  dueDate: measure?.dueDate ?? '',
  responsiblePartyId: measure?.responsiblePartyId ?? '',
  responsibleFunction: measure?.responsibleFunction ?? '',
  followUpMethod: measure?.followUpMethod ?? '',
  kind: measure?.kind ?? '',
});

const REQUIRED: Readonly<Record<Field, string>> = {
  causeId: 'Välj vilken orsak åtgärden riktar sig mot.',
  goalId: 'Välj vilket mål åtgärden ska bidra till.',
  activity: 'Beskriv åtgärden.',
  operationalGoal: 'Skriv åtgärdens operativa mål.',
  dueDate: 'Ange när åtgärden ska vara klar, ÅÅÅÅ-MM-DD.',
  responsiblePartyId: 'Välj vilken part som ansvarar.',
  responsibleFunction: 'Skriv vilken funktion som ansvarar, till exempel säkerhetschef.',
  followUpMethod: 'Skriv hur åtgärden följs upp.',
  kind: 'Välj om åtgärden är en särskild insats eller ordinarie verksamhet.',
};

/** The rules whose refusal is about one field, so that field is marked as well. */

const KINDS = MEASURE_KINDS;

/**
 * A measure of the action plan in Brå's columns: orsak, åtgärd, operativt mål, när, vem (party and
 * function, never a person) and uppföljning; new or revised. The agreement's period is given as a
 * hint, and the rule that judges it is the server's.
 */
export function MeasureForm({ measure, onDone }: { measure?: Measure; onDone?: (saved: boolean) => void }) {
  const { response, agreement, parties } = useFocusAreaPage();
  const { causes, goals } = response.focusArea.work;
  const [values, setValues] = useState<Values>(() => valuesOf(measure));
  const form = useFocusAreaForm<Field>();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const period = agreement?.agreement.period;

  useEffect(() => {
    if (measure) headingRef.current?.focus();
  }, []);

  const change = (field: Field) => (value: string) => setValues({ ...values, [field]: value });
  const set = (field: Field) => form.onValue(field, change(field));
  const onText = (field: Field) => form.onText(field, change(field));

  const check = (): FieldErrors<Field> =>
    Object.fromEntries(
      (Object.keys(REQUIRED) as Field[])
        .filter((field) => values[field].trim() === '' || (field === 'dueDate' && !isIsoDate(values.dueDate)))
        .map((field) => [field, REQUIRED[field]]),
    );

  const body = () => ({
    causeId: values.causeId,
    goalId: values.goalId,
    activity: values.activity.trim(),
    operationalGoal: values.operationalGoal.trim(),
    dueDate: values.dueDate,
    responsiblePartyId: values.responsiblePartyId,
    responsibleFunction: values.responsibleFunction.trim(),
    followUpMethod: values.followUpMethod.trim(),
    kind: values.kind,
  });

  return (
    <form
      {...form.formProps({
        check,
        ...(measure ? { method: 'PUT', path: `/measures/${measure.measureId}` } : { method: 'POST', path: '/measures' }),
        body,
        success: measure ? 'Åtgärden är ändrad.' : 'Åtgärden är tillagd i åtgärdsplanen.',
        onSuccess: () => {
          if (!measure) setValues(valuesOf(undefined));
          onDone?.(true);
        },
      })}
      aria-labelledby={headingId}
    >
      <h4 id={headingId} ref={headingRef} className="fap-form__title" tabIndex={-1}>
        {measure ? `Ändra åtgärden: ${measure.activity}` : 'Lägg till en åtgärd'}
      </h4>
      <div className="fap-form__row">
        <SelectField
          label="Orsak"
          hint="Den identifierade orsak som åtgärden riktar sig mot."
          value={values.causeId}
          error={form.errors.causeId}
          onChange={set('causeId')}
          options={causes.map((c) => ({ value: c.causeId, label: `${c.description} (${CAUSE_FACTOR_LABEL[c.factor].toLocaleLowerCase('sv-SE')})` }))}
        />
        <SelectField
          label="Mål"
          hint="Målet som åtgärden ska bidra till; det ska vara SMART innan åtgärderna beslutas."
          value={values.goalId}
          error={form.errors.goalId}
          onChange={set('goalId')}
          options={goals.map((g) => ({
            value: g.goalId,
            label: isSmart(g, response.focusArea.policy) ? g.description : `${g.description} (inte SMART ännu)`,
          }))}
        />
      </div>
      <TextArea
        label="Åtgärd"
        hint="Aktiviteten, till exempel trygghetsvandringar med föreningar fredagskvällar."
        required
        rows={2}
        maxLength={4000}
        value={values.activity}
        error={form.errors.activity ?? null}
        onChange={onText('activity')}
      />
      <TextArea
        label="Operativt mål"
        hint="Vad åtgärden ska åstadkomma, konkret."
        required
        rows={2}
        maxLength={4000}
        value={values.operationalGoal}
        error={form.errors.operationalGoal ?? null}
        onChange={onText('operationalGoal')}
      />
      <div className="fap-form__row">
        <TextField
          label="När (klar senast)"
          type="date"
          required
          hint={period ? `Inom överenskommelsens period, ${formatDate(period.from)} – ${formatDate(period.to)}.` : undefined}
          value={values.dueDate}
          error={form.errors.dueDate ?? null}
          onChange={onText('dueDate')}
        />
        <SelectField
          label="Vem: ansvarig part"
          value={values.responsiblePartyId}
          error={form.errors.responsiblePartyId}
          onChange={set('responsiblePartyId')}
          options={parties.map((p) => ({ value: p.partyId, label: p.name }))}
        />
        <TextField
          label="Vem: ansvarig funktion"
          hint="En funktion, aldrig en person, till exempel säkerhetschef."
          required
          maxLength={200}
          autoComplete="off"
          value={values.responsibleFunction}
          error={form.errors.responsibleFunction ?? null}
          onChange={onText('responsibleFunction')}
        />
      </div>
      <TextArea
        label="Uppföljning"
        hint="Hur och när åtgärden följs upp, till exempel rapport till samverkansgruppen varje kvartal."
        required
        rows={2}
        maxLength={4000}
        value={values.followUpMethod}
        error={form.errors.followUpMethod ?? null}
        onChange={onText('followUpMethod')}
      />
      <RadioGroup
        legend="Typ av åtgärd"
        value={values.kind}
        error={form.errors.kind}
        onChange={set('kind')}
        options={KINDS.map((k) => ({ value: k, label: MEASURE_KIND_LABEL[k] }))}
      />
      <FormFeedback feedback={form.feedback} />
      <FormActions>
        <Button type="submit" busy={form.busy}>
          {measure ? 'Spara åtgärden' : 'Lägg till åtgärden'}
        </Button>
        {measure && onDone ? (
          <Button variant="secondary" onClick={() => onDone(false)}>
            Avbryt
          </Button>
        ) : null}
      </FormActions>
    </form>
  );
}
