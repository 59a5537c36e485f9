import { useState, type FormEvent } from 'react';
import { useCommand } from '../../api/queries';
import { AGREEMENT_ROLES, type AgreementDetail, type AgreementRole } from '../../api/schema';
import { Button, FormField, ROLE_LABEL, TextField, useAnnounce } from '../../ui';
import { useAccounts } from '../accounts/accounts-api';
import { accountOptions } from './account-options';
import { ErrorSummary, FieldAnchor } from './ErrorSummary';
import { byField, placeProblems, type FieldProblem } from './problem-fields';

const FIELDS = ['userId', 'role', 'partyId', 'function'] as const;

/** The roles' rules name no field; each is about one of the form's. */
const RULE_FIELDS = {
  AccountMustExist: 'userId',
  RoleIsNotAlreadyAssigned: 'userId',
  CouncilRoleNamesAParty: 'partyId',
  PartyBelongsToAgreement: 'partyId',
  AuditorActsForNoParty: 'partyId',
};

const MESSAGES = {
  userId: 'Välj ett av kontona i listan.',
  role: 'Välj en roll.',
  partyId: 'Välj en av överenskommelsens parter.',
  function: 'Ange funktionen (högst 200 tecken), till exempel Säkerhetschef.',
};

/** Council members (and their substitutes) decide for a party; auditors review for none. */
const isCouncilRole = (role: string) => role === 'councilRepresentative' || role === 'councilSubstitute';

/** An administrator gives an account a role in the agreement: a council seat, a substitute's, a coordinator's or an auditor's. */
export const AssignRoleForm = ({ detail }: { detail: AgreementDetail }) => {
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState<AgreementRole | ''>('');
  const [partyId, setPartyId] = useState('');
  const [fn, setFn] = useState('');
  const [problems, setProblems] = useState<readonly FieldProblem[]>([]);
  const command = useCommand();
  const announce = useAnnounce();
  const options = accountOptions(useAccounts().data);
  const errors = byField(problems);
  const { agreementId, parties } = detail.agreement;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (command.isPending) return;
    const missing: FieldProblem[] = [
      ...(userId ? [] : [{ field: 'userId', message: 'Välj vilket konto som ska få rollen.' }]),
      ...(role ? [] : [{ field: 'role', message: 'Välj vilken roll kontot ska få.' }]),
      ...(isCouncilRole(role) && !partyId ? [{ field: 'partyId', message: 'Välj vilken part rådsledamoten företräder.' }] : []),
      ...(fn.trim() ? [] : [{ field: 'function', message: 'Ange funktionen, till exempel Kommunstyrelsens ordförande.' }]),
    ];
    setProblems(missing);
    if (missing.length > 0) return;
    const body = { userId, role, ...(partyId && role !== 'auditor' ? { partyId } : {}), function: fn.trim() };
    command.mutate(
      { method: 'POST', path: `/agreements/${encodeURIComponent(agreementId)}/roles`, body },
      {
        onSuccess: () => {
          const name = options.find((o) => o.id === body.userId)?.label ?? body.userId;
          announce(`${name} har fått rollen ${ROLE_LABEL[role as AgreementRole].toLocaleLowerCase('sv-SE')}.`);
          setUserId('');
          setFn('');
        },
        onError: (error) => setProblems(placeProblems(error, FIELDS, MESSAGES, RULE_FIELDS)),
      },
    );
  };

  return (
    <form className="admin-form admin-form--compact" onSubmit={submit} noValidate aria-labelledby="ge-roll">
      <h2 id="ge-roll">Ge ett konto en roll</h2>
      <ErrorSummary problems={problems} />
      <div className="admin-grid">
        <FieldAnchor field="userId">
          <FormField label="Konto" required hint="Kontot som ska få rollen. Nya konton skapas under Konton." error={errors.userId ?? null}>
            {(control) => (
              <select {...control} className="input" value={userId} onChange={(e) => setUserId(e.target.value)}>
                <option value="">Välj…</option>
                {options.map((account) => (
                  <option key={account.id} value={account.id}>
                    {account.label}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </FieldAnchor>
        <FieldAnchor field="role">
          <FormField label="Roll" required error={errors.role ?? null}>
            {(control) => (
              <select {...control} className="input" value={role} onChange={(e) => setRole(e.target.value as AgreementRole | '')}>
                <option value="">Välj…</option>
                {AGREEMENT_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {ROLE_LABEL[r]}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </FieldAnchor>
        {role === 'auditor' ? null : (
          <FieldAnchor field="partyId">
            <FormField
              label="Part"
              required={isCouncilRole(role)}
              hint={isCouncilRole(role) ? 'Den part ledamoten beslutar för.' : 'För en samordnare: den part hen arbetar för (frivilligt).'}
              error={errors.partyId ?? null}
            >
              {(control) => (
                <select {...control} className="input" value={partyId} onChange={(e) => setPartyId(e.target.value)}>
                  <option value="">{isCouncilRole(role) ? 'Välj…' : 'Ingen part'}</option>
                  {parties.map((p) => (
                    <option key={p.partyId} value={p.partyId}>
                      {p.name}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
          </FieldAnchor>
        )}
        <FieldAnchor field="function">
          <TextField
            label="Funktion"
            required
            hint="Befattningen, aldrig personens namn, till exempel Lokalpolisområdeschef."
            value={fn}
            error={errors.function}
            onChange={(e) => setFn(e.target.value)}
          />
        </FieldAnchor>
      </div>
      <div className="actions">
        <Button type="submit" busy={command.isPending}>
          Ge rollen
        </Button>
      </div>
    </form>
  );
};
