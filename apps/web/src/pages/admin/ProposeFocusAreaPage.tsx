import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { CommandOutcome } from '../../api/client';
import { useCommand } from '../../api/queries';
import type { AgreementSummary, ProposeFocusAreaRequest } from '../../api/schema';
import { WithAgreement } from '../../layout/current-agreement';
import { Button, PageHeading, TextArea, TextField } from '../../ui';
import { ErrorSummary, FieldAnchor } from './ErrorSummary';
import { byField, placeProblems, type FieldProblem } from './problem-fields';
import './admin.css';

/** The API's limits (ProposeFocusAreaRequestDto), told to the user before they type past them. */
const TITLE_MAX = 200;
const TEXT_MAX = 4000;
const FIELDS = ['title', 'description', 'childrenAndYoungPeople'] as const;
const MESSAGES = {
  title: `Ange en rubrik på högst ${TITLE_MAX} tecken.`,
  description: `Beskriv problemet med högst ${TEXT_MAX} tecken.`,
  childrenAndYoungPeople: 'Svara ja eller nej.',
};

const ProposeForm = ({ agreement }: { agreement: AgreementSummary }) => {
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [children, setChildren] = useState<'yes' | 'no' | ''>('');
  const [problems, setProblems] = useState<readonly FieldProblem[]>([]);
  const command = useCommand<CommandOutcome>();
  const navigate = useNavigate();
  const errors = byField(problems);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (command.isPending) return;
    const missing: FieldProblem[] = [
      ...(title.trim() ? [] : [{ field: 'title', message: 'Ange en rubrik för fokusområdet.' }]),
      ...(description.trim() ? [] : [{ field: 'description', message: 'Beskriv varför fokusområdet föreslås.' }]),
      ...(children ? [] : [{ field: 'childrenAndYoungPeople', message: 'Svara om fokusområdet särskilt gäller barn och unga.' }]),
    ];
    setProblems(missing);
    if (missing.length > 0) return;
    const body: ProposeFocusAreaRequest = { title: title.trim(), description: description.trim(), childrenAndYoungPeople: children === 'yes' };
    command.mutate(
      { method: 'POST', path: `/agreements/${encodeURIComponent(agreement.agreementId)}/focus-areas`, body },
      {
        onSuccess: ({ data }) => navigate(`/fokusomraden/${encodeURIComponent(data.focusAreaId ?? '')}`),
        onError: (error) => setProblems(placeProblems(error, FIELDS, MESSAGES)),
      },
    );
  };

  return (
    <form className="admin-form" onSubmit={submit} noValidate aria-label="Föreslå fokusområde">
      <ErrorSummary problems={problems} />
      <FieldAnchor field="title">
        <TextField
          label="Rubrik"
          required
          hint="Problemet i korthet, till exempel Otrygghet vid stationen kvällstid."
          maxLength={TITLE_MAX}
          value={title}
          error={errors.title}
          onChange={(e) => setTitle(e.target.value)}
        />
      </FieldAnchor>
      <FieldAnchor field="description">
        <TextArea
          label="Beskrivning"
          required
          rows={6}
          hint="Varför det föreslås, utifrån lägesbilden. Skriv om platser, tider och grupper – aldrig om enskilda personer, och inga personnummer."
          maxLength={TEXT_MAX}
          value={description}
          error={errors.description}
          onChange={(e) => setDescription(e.target.value)}
        />
      </FieldAnchor>
      <FieldAnchor field="childrenAndYoungPeople">
        <fieldset className={errors.childrenAndYoungPeople ? 'admin-checkboxes field--error' : 'admin-checkboxes'}>
          <legend className="field__label">
            Gäller det särskilt barn och unga?<span className="field__required"> (obligatoriskt)</span>
          </legend>
          <p className="field__hint">Då krävs en barnkonsekvensanalys innan åtgärder beslutas.</p>
          {errors.childrenAndYoungPeople ? (
            <p className="field__error">
              <span className="visually-hidden">Fel: </span>
              {errors.childrenAndYoungPeople}
            </p>
          ) : null}
          <div className="admin-radio">
            <input type="radio" id="barn-ja" name="barn" checked={children === 'yes'} onChange={() => setChildren('yes')} />
            <label htmlFor="barn-ja">Ja</label>
          </div>
          <div className="admin-radio">
            <input type="radio" id="barn-nej" name="barn" checked={children === 'no'} onChange={() => setChildren('no')} />
            <label htmlFor="barn-nej">Nej</label>
          </div>
        </fieldset>
      </FieldAnchor>
      <div className="actions">
        <Button type="submit" busy={command.isPending}>
          Föreslå fokusområdet
        </Button>
      </div>
    </form>
  );
};

/** Coordinators propose a focus area from the situation picture; the council prioritises it into the cycle. */
export default function ProposeFocusAreaPage() {
  return (
    <>
      <PageHeading title="Föreslå fokusområde" />
      <WithAgreement>
        {(agreement, { hasRole }) =>
          hasRole('coordinator') ? (
            <>
              <p className="lead">Ett nytt fokusområde i {agreement.name}. Det strategiska rådet beslutar sedan om det ska prioriteras.</p>
              <ProposeForm key={agreement.agreementId} agreement={agreement} />
            </>
          ) : (
            <p className="notice notice--info">Bara samordnare kan föreslå fokusområden.</p>
          )
        }
      </WithAgreement>
    </>
  );
}
