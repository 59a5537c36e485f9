import { useState, type FormEvent } from 'react';
import { useAuth } from '../../auth/AuthContext';
import { Button, Dialog, formatDateTime, LiveRegion, PageHeading, ProblemMessage, QueryState, TextField } from '../../ui';
import {
  absoluteLink,
  useAccountAction,
  useAccounts,
  useCreateAccount,
  useInvitations,
  useInvite,
  usePendingDecision,
  usePendingSignIns,
  useResetPassword,
  type Account,
} from './accounts-api';

const STATUS_SV: Record<Account['status'], string> = { active: 'Aktivt', disabled: 'Avstängt', removed: 'Borttaget' };

/** The one-time link to give the person, shown once, ready to copy. */
const LinkToGive = ({ link, who }: { link: string; who: string }) => (
  <div className="notice notice--success" role="status">
    <p>Ge denna engångslänk till {who}. Den fungerar en gång, i sju dagar, och visas bara nu:</p>
    <p>
      <label>
        <span className="visually-hidden">Engångslänk för {who}</span>
        <input className="input" readOnly value={absoluteLink(link)} onFocus={(e) => e.target.select()} />
      </label>
    </p>
  </div>
);

const CreateAccountForm = ({ onLink }: { onLink: (link: string, who: string) => void }) => {
  const create = useCreateAccount();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [administrator, setAdministrator] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const created = await create
      .mutateAsync({ username: username.trim(), displayName: displayName.trim(), administrator, ...(email.trim() ? { email: email.trim() } : {}) })
      .catch(() => null);
    if (!created) return;
    onLink(created.passwordLink, created.account.displayName ?? username);
    setUsername('');
    setDisplayName('');
    setEmail('');
    setAdministrator(false);
  };
  return (
    <form className="form card" onSubmit={submit} noValidate aria-label="Skapa konto">
      <h2>Skapa konto</h2>
      <ProblemMessage error={create.error} title="Kontot kunde inte skapas" />
      <TextField
        label="Användarnamn"
        name="username"
        autoCapitalize="none"
        spellCheck={false}
        required
        value={username}
        onChange={(e) => setUsername(e.target.value)}
      />
      <TextField label="Namn" name="displayName" required value={displayName} onChange={(e) => setDisplayName(e.target.value)} />
      <TextField label="E-post" name="email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      <label className="checkbox">
        <input type="checkbox" checked={administrator} onChange={(e) => setAdministrator(e.target.checked)} /> Administratör
      </label>
      <Button type="submit" busy={create.isPending}>
        Skapa konto
      </Button>
    </form>
  );
};

const InviteForm = () => {
  const invite = useInvite();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [done, setDone] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await invite.mutateAsync({ email: email.trim(), displayName: displayName.trim(), administrator: false }).then(
      () => true,
      () => false,
    );
    if (!ok) return;
    setDone(`${email.trim()} är inbjuden. Första inloggningen med den adressen kopplas till kontot.`);
    setEmail('');
    setDisplayName('');
  };
  return (
    <form className="form card" onSubmit={submit} noValidate aria-label="Bjud in">
      <h2>Bjud in med e-post</h2>
      <p>För den som loggar in via kommunens eller polisens inloggning.</p>
      <LiveRegion message={done} visible />
      <ProblemMessage error={invite.error} title="Inbjudan kunde inte skapas" />
      <TextField label="E-post för inbjudan" name="inviteEmail" type="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
      <TextField label="Namn på inbjuden" name="inviteName" required value={displayName} onChange={(e) => setDisplayName(e.target.value)} />
      <Button type="submit" busy={invite.isPending}>
        Bjud in
      </Button>
    </form>
  );
};

/** Konton: administrators create, disable, enable and remove accounts, give password links, invite, and approve first sign-ins. */
export default function AccountsPage() {
  const { session } = useAuth();
  const accounts = useAccounts();
  const invitations = useInvitations();
  const pending = usePendingSignIns();
  const action = useAccountAction();
  const reset = useResetPassword();
  const decide = usePendingDecision();
  const [link, setLink] = useState<{ link: string; who: string } | null>(null);
  const [removing, setRemoving] = useState<{ id: string; name: string } | null>(null);

  if (!session?.administrator) {
    return (
      <div className="narrow">
        <PageHeading title="Konton" />
        <p>Bara administratörer hanterar konton.</p>
      </div>
    );
  }

  return (
    <div>
      <PageHeading title="Konton" />
      {link ? <LinkToGive link={link.link} who={link.who} /> : null}
      <ProblemMessage error={action.error ?? reset.error ?? decide.error} title="Ändringen kunde inte göras" />
      <QueryState query={accounts} loading="Hämtar konton…">
        {(list) => (
          <table className="table accounts-table">
            <caption>Konton</caption>
            <thead>
              <tr>
                <th scope="col">Namn</th>
                <th scope="col">Användarnamn</th>
                <th scope="col">Status</th>
                <th scope="col">Åtgärder</th>
              </tr>
            </thead>
            <tbody>
              {list.map((account) => {
                const name = account.displayName ?? 'Borttagen användare';
                return (
                  <tr key={account.id}>
                    <td>
                      {name}
                      {account.administrator ? ' (administratör)' : ''}
                    </td>
                    <td>{account.username ?? '–'}</td>
                    <td>{STATUS_SV[account.status]}</td>
                    <td>
                      {account.status === 'removed' || account.id === session.userId ? null : (
                        <span className="actions">
                          {account.status === 'active' ? (
                            <Button
                              variant="secondary"
                              onClick={() => action.mutate({ id: account.id, action: 'disable' })}
                              aria-label={`Stäng av ${name}`}
                            >
                              Stäng av
                            </Button>
                          ) : (
                            <Button
                              variant="secondary"
                              onClick={() => action.mutate({ id: account.id, action: 'enable' })}
                              aria-label={`Aktivera ${name}`}
                            >
                              Aktivera
                            </Button>
                          )}
                          {account.username ? (
                            <Button
                              variant="secondary"
                              aria-label={`Ny lösenordslänk för ${name}`}
                              onClick={async () => {
                                const made = await reset.mutateAsync(account.id).catch(() => null);
                                if (made) setLink({ link: made.passwordLink, who: name });
                              }}
                            >
                              Ny lösenordslänk
                            </Button>
                          ) : null}
                          <Button variant="danger-outline" aria-label={`Ta bort ${name}`} onClick={() => setRemoving({ id: account.id, name })}>
                            Ta bort
                          </Button>
                        </span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </QueryState>
      <Dialog open={removing !== null} title="Ta bort kontot?" onClose={() => setRemoving(null)}>
        {removing ? (
          <>
            <p>{removing.name} kan inte längre logga in. Namn och e-post raderas; historiken behåller sina händelser och visar ”Borttagen användare”.</p>
            <div className="actions">
              <Button
                variant="danger"
                busy={action.isPending}
                onClick={() => action.mutate({ id: removing.id, action: 'remove' }, { onSettled: () => setRemoving(null) })}
              >
                Ta bort kontot
              </Button>
              <Button variant="secondary" onClick={() => setRemoving(null)}>
                Avbryt
              </Button>
            </div>
          </>
        ) : null}
      </Dialog>
      <CreateAccountForm onLink={(made, who) => setLink({ link: made, who })} />
      <InviteForm />
      <h2>Öppna inbjudningar</h2>
      <QueryState query={invitations} loading="Hämtar inbjudningar…">
        {(list) =>
          list.length === 0 ? (
            <p>Inga öppna inbjudningar.</p>
          ) : (
            <ul>
              {list.map((i) => (
                <li key={i.id}>
                  {i.email}, gäller till {formatDateTime(i.expiresAt)}
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
      <h2>Väntar på godkännande</h2>
      <QueryState query={pending} loading="Hämtar första inloggningar…">
        {(list) =>
          list.length === 0 ? (
            <p>Ingen väntar på godkännande.</p>
          ) : (
            <ul>
              {list.map((p) => {
                const who = p.name ?? p.email ?? p.subject;
                return (
                  <li key={p.id}>
                    {who} ({p.email ?? 'ingen e-post'}), första inloggning {formatDateTime(p.firstSeenAt)}{' '}
                    <Button onClick={() => decide.mutate({ id: p.id, approve: true })} aria-label={`Godkänn ${who}`}>
                      Godkänn
                    </Button>{' '}
                    <Button variant="danger-outline" onClick={() => decide.mutate({ id: p.id, approve: false })} aria-label={`Neka ${who}`}>
                      Neka
                    </Button>
                  </li>
                );
              })}
            </ul>
          )
        }
      </QueryState>
    </div>
  );
}
