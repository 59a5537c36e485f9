import { isIsoDate } from '@samverkan/dates';
import { useEffect, useId, useRef, useState } from 'react';
import { MEASURE_KINDS } from '../../api/schema';
import { Button, CAUSE_FACTOR_LABEL, formatDate, MEASURE_KIND_LABEL, TextArea, TextField } from '../../ui';
import { CheckboxGroup } from './CheckboxGroup';
import { FormActions, RadioGroup, SelectField } from './fields';
import { FormFeedback } from './FormFeedback';
import { useFocusAreaPage } from './FocusAreaContext';
import { isSmart } from './smart';
import type { Measure } from '../../api/schema';
import { useFocusAreaForm, type FieldErrors } from './useFocusAreaForm';

type Field = 'causeId' | 'goalId' | 'activity' | 'operationalGoal' | 'dueDate' | 'responsiblePartyId' | 'responsibleFunction' | 'followUpMethod' | 'kind';
type Values = Record<Field, string> & {
  readonly furtherCauseIds: readonly string[];
  /** Parties sharing the responsibility, each with its function. */
  readonly coResponsible: Readonly<Record<string, string>>;
  /** Collaborators, one organisation a line. */
  readonly collaborators: string;
};

const valuesOf = (measure: Measure | undefined): Values => ({
  furtherCauseIds: measure?.furtherCauseIds ?? [],
  coResponsible: Object.fromEntries((measure?.coResponsible ?? []).map((c) => [c.partyId, c.function])),
  collaborators: (measure?.collaborators ?? []).join('\n'),
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

const REQUIRED: Readonly<Partial<Record<Field, string>>> = {
  causeId: 'Välj vilken orsak åtgärden främst riktar sig mot.',
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
  const form = useFocusAreaForm<Field | 'coResponsible'>();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const period = agreement?.agreement.period;

  useEffect(() => {
    if (measure) headingRef.current?.focus();
  }, []);

  const causeOptions = causes.map((c) => ({ value: c.causeId, label: `${c.description} (${CAUSE_FACTOR_LABEL[c.factor].toLocaleLowerCase('sv-SE')})` }));
  const change = (field: Field) => (value: string) => setValues({ ...values, [field]: value });
  const set = (field: Field) => form.onValue(field, change(field));
  const onText = (field: Field) => form.onText(field, change(field));

  const check = (): FieldErrors<Field | 'coResponsible'> => ({
    ...Object.fromEntries(
      (Object.keys(REQUIRED) as Field[])
        .filter((field) => values[field].trim() === '' || (field === 'dueDate' && !isIsoDate(values.dueDate)))
        .map((field) => [field, REQUIRED[field]]),
    ),
    ...(Object.values(values.coResponsible).some((role) => role.trim() === '')
      ? { coResponsible: 'Skriv vilken funktion hos parten som delar ansvaret.' }
      : {}),
  });

  const shared = Object.entries(values.coResponsible)
    .filter(([partyId]) => partyId !== values.responsiblePartyId)
    .map(([partyId, role]) => ({ partyId, function: role.trim() }));
  const collaborators = values.collaborators
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

  const body = () => ({
    causeId: values.causeId,
    ...(values.furtherCauseIds.length > 0 ? { furtherCauseIds: values.furtherCauseIds.filter((id) => id !== values.causeId) } : {}),
    // Brå's order: a measure may wait for its goal, which links it when it is set.
    ...(values.goalId ? { goalId: values.goalId } : {}),
    ...(shared.length > 0 ? { coResponsible: shared } : {}),
    ...(collaborators.length > 0 ? { collaborators } : {}),
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
          hint="Den identifierade orsak som åtgärden främst riktar sig mot."
          value={values.causeId}
          error={form.errors.causeId}
          onChange={set('causeId')}
          options={causeOptions}
        />
        <SelectField
          label="Mål (kan kopplas senare)"
          hint="Målet som åtgärden ska bidra till. Enligt Brå kommer målet efter åtgärden: det kan sättas senare och kopplas då, men ska vara SMART innan åtgärderna beslutas."
          required={false}
          placeholder="Inget mål ännu"
          value={values.goalId}
          error={form.errors.goalId}
          onChange={set('goalId')}
          options={goals.map((g) => ({
            value: g.goalId,
            label: isSmart(g, response.focusArea.policy, period) ? g.description : `${g.description} (inte SMART ännu)`,
          }))}
        />
      </div>
      {causes.length > 1 ? (
        <CheckboxGroup
          legend="Fler orsaker som åtgärden riktar sig mot"
          values={values.furtherCauseIds}
          onChange={(furtherCauseIds) => setValues({ ...values, furtherCauseIds })}
          options={causeOptions.filter((o) => o.value !== values.causeId)}
        />
      ) : null}
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
      {parties.length > 1 ? (
        <CheckboxGroup
          legend="Delat ansvar: fler parter som ansvarar"
          hint="Parter i överenskommelsen som delar ansvaret, var och en med sin funktion."
          values={Object.keys(values.coResponsible)}
          onChange={(ids) => setValues({ ...values, coResponsible: Object.fromEntries(ids.map((id) => [id, values.coResponsible[id] ?? ''])) })}
          options={parties.filter((p) => p.partyId !== values.responsiblePartyId).map((p) => ({ value: p.partyId, label: p.name }))}
        >
          {(partyId) => (
            <TextField
              label={`Funktion hos ${parties.find((p) => p.partyId === partyId)?.name ?? partyId}`}
              hint="En funktion, aldrig en person."
              maxLength={200}
              autoComplete="off"
              required
              value={values.coResponsible[partyId] ?? ''}
              error={(values.coResponsible[partyId] ?? '').trim() === '' ? (form.errors.coResponsible ?? null) : null}
              onChange={(e) => setValues({ ...values, coResponsible: { ...values.coResponsible, [partyId]: e.target.value } })}
            />
          )}
        </CheckboxGroup>
      ) : null}
      <TextArea
        label="Samverkanspartner"
        hint="Andra aktörer som deltar, till exempel en skola, bostadsbolaget eller en förening: organisationer, inte personer. En per rad."
        rows={2}
        maxLength={4000}
        value={values.collaborators}
        onChange={(e) => setValues({ ...values, collaborators: e.target.value })}
      />
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
