import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useCommand } from '../../api/queries';
import { useAuth } from '../../auth/AuthContext';
import { useCurrentAgreement } from '../../layout/current-agreement';
import { Button, FormField, PageHeading, TextField } from '../../ui';
import { ADMIN_PATHS } from './admin-paths';
import { ErrorSummary, FieldAnchor } from './ErrorSummary';
import { MembersFieldset, partyLabel } from './MembersFieldset';
import { ObligationsFieldset } from './ObligationsFieldset';
import { PartiesFieldset } from './PartiesFieldset';
import { PolicyFieldset } from './PolicyFieldset';
import { byField, placeProblems, type FieldProblem } from './problem-fields';
import {
  emptyRegistration,
  formFields,
  missingFields,
  REGISTRATION_MESSAGES,
  signatoryIndexOf,
  toRequest,
  type RegistrationForm,
} from './registration-form';
import './admin.css';

/** Rules that name no field, shown at the field they are about. */
const RULE_FIELDS = { AgreementIsNotAlreadyRegistered: 'agreementId', AgreementHasAtLeastTwoParties: 'parties' };

/** What the roles page says after a registration (router state), so the administrator knows it worked. */
export interface RegisteredState {
  readonly registered?: string;
}

const RegisterForm = () => {
  const [form, setForm] = useState<RegistrationForm>(emptyRegistration);
  const [problems, setProblems] = useState<readonly FieldProblem[]>([]);
  const command = useCommand();
  const { choose } = useCurrentAgreement();
  const navigate = useNavigate();
  const errors = byField(problems);
  const set = (change: Partial<RegistrationForm>) => setForm((current) => ({ ...current, ...change }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (command.isPending) return;
    const missing = missingFields(form);
    const order = formFields(form);
    if (Object.keys(missing).length > 0) {
      setProblems(order.filter((f) => missing[f]).map((field) => ({ field, message: missing[field] ?? '' })));
      return;
    }
    const request = toRequest(form);
    command.mutate(
      { method: 'POST', path: '/agreements', body: request },
      {
        onSuccess: () => {
          choose(request.agreementId);
          navigate(ADMIN_PATHS.roles, { state: { registered: request.name } satisfies RegisteredState });
        },
        onError: (error) => setProblems(placeProblems(error, order, REGISTRATION_MESSAGES, RULE_FIELDS)),
      },
    );
  };

  const text = (
    field: string,
    label: string,
    value: string,
    change: (value: string) => void,
    extra: { hint?: string; required?: boolean; type?: string } = {},
  ) => (
    <FieldAnchor field={field}>
      <TextField
        label={label}
        value={value}
        error={errors[field]}
        required={extra.required ?? true}
        hint={extra.hint}
        type={extra.type}
        onChange={(e) => change(e.target.value)}
      />
    </FieldAnchor>
  );

  return (
    <form className="admin-form" onSubmit={submit} noValidate aria-label="Registrera överenskommelse">
      <ErrorSummary problems={problems} />
      <fieldset className="admin-fieldset">
        <legend>Överenskommelsen</legend>
        {text('name', 'Titel', form.name, (name) => set({ name }), { hint: 'Som den står på överenskommelsen.' })}
        <div className="admin-grid">
          {text('agreementId', 'Id', form.agreementId, (agreementId) => set({ agreementId }), {
            hint: 'Små bokstäver, siffror och bindestreck, till exempel lomma-2023-2027. Kan inte ändras senare.',
          })}
          {text('municipality', 'Kommun', form.municipality, (municipality) => set({ municipality }))}
        </div>
      </fieldset>
      <PartiesFieldset parties={form.parties} signatoryIndex={signatoryIndexOf(form)} errors={errors} onChange={(parties) => set({ parties })} />
      <fieldset className="admin-fieldset">
        <legend>Period</legend>
        <div className="admin-grid">
          {text('period.from', 'Gäller från', form.from, (from) => set({ from }), { type: 'date' })}
          {text('period.to', 'Gäller till och med', form.to, (to) => set({ to }), { type: 'date' })}
        </div>
      </fieldset>
      <fieldset className="admin-fieldset">
        <legend>Organisation</legend>
        <div className="admin-grid">
          {text('council.name', 'Strategiskt råd', form.councilName, (councilName) => set({ councilName }), {
            hint: 'Där parternas representanter beslutar tillsammans, till exempel Trygghetsrådets styrgrupp.',
          })}
          {text('operativeGroup.name', 'Operativ samverkansgrupp', form.operativeGroupName, (operativeGroupName) => set({ operativeGroupName }), {
            hint: 'Frivilligt, till exempel Trygghetsrådets samverkansgrupp.',
            required: false,
          })}
        </div>
        <FieldAnchor field="council.chairPartyId">
          <FormField
            label="Ordförande i rådet"
            hint="Frivilligt: den part som är ordförande, om överenskommelsen säger det."
            error={errors['council.chairPartyId'] ?? null}
          >
            {(control) => (
              <select
                {...control}
                className="input"
                value={form.chairPartyRowId ?? ''}
                onChange={(e) => set({ chairPartyRowId: e.target.value === '' ? null : Number(e.target.value) })}
              >
                <option value="">Anges inte</option>
                {form.parties.map((p) => (
                  <option key={p.rowId} value={p.rowId}>
                    {partyLabel(form.parties, p.rowId)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </FieldAnchor>
        <MembersFieldset
          body="council"
          title="Ledamöter i det strategiska rådet"
          members={form.councilMembers}
          parties={form.parties}
          errors={errors}
          onChange={(councilMembers) => set({ councilMembers })}
        />
        {form.operativeGroupName.trim() ? (
          <MembersFieldset
            body="operativeGroup"
            title="Ledamöter i den operativa samverkansgruppen"
            members={form.operativeGroupMembers}
            parties={form.parties}
            errors={errors}
            onChange={(operativeGroupMembers) => set({ operativeGroupMembers })}
          />
        ) : null}
      </fieldset>
      <PolicyFieldset
        custom={form.customPolicy}
        decisionRequired={form.decisionRequired}
        childImpactAssessment={form.childImpactAssessment}
        baselineMayFollow={form.baselineMayFollow}
        error={errors['policy.decisionRequired']}
        onChange={(customPolicy, decisionRequired) => set({ customPolicy, decisionRequired })}
        onSettings={(settings) => set(settings)}
      />
      <ObligationsFieldset obligations={form.obligations} errors={errors} onChange={(obligations) => set({ obligations })} />
      <div className="actions">
        <Button type="submit" busy={command.isPending}>
          Registrera överenskommelsen
        </Button>
      </div>
    </form>
  );
};

/** Administrators register a signed agreement: its parties and signatories, period, council and operative group, decision policy and obligations. */
export default function RegisterAgreementPage() {
  const { session } = useAuth();
  return (
    <>
      <PageHeading title="Registrera överenskommelse" />
      {session?.administrator ? (
        <>
          <p className="lead">Fyll i uppgifterna ur den undertecknade samverkansöverenskommelsen. Därefter ger du konton roller i den.</p>
          <RegisterForm />
        </>
      ) : (
        <p className="notice notice--info">Bara en administratör kan registrera överenskommelser.</p>
      )}
    </>
  );
}
