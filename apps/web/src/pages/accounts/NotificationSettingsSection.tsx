import { useState, type FormEvent } from 'react';
import { Button, LiveRegion, ProblemMessage, QueryState, TextField } from '../../ui';
import './notifications.css';
import { useNotificationSettings, useSaveNotificationSettings, type NotificationKind, type NotificationSettings } from './notifications-api';

/** What each kind of mail is, as the person choosing reads it. */
const KIND_LABEL: Readonly<Record<NotificationKind, string>> = {
  proposalAwaiting: 'Ett förslag väntar på beslut från min part',
  proposalRejected: 'Ett förslag jag har lagt har avslagits',
  measuresDue: 'Åtgärder som snart ska vara klara eller är försenade (varje vecka)',
  obligationsDue: 'Åtaganden i överenskommelsen som ska göras (varje vecka, till samordnare)',
  meetingAgenda: 'Dagordningen inför ett möte',
  weeklyDigest: 'En sammanfattning varje vecka av det som väntar på mig',
};

/** In the order the form lists them (the record names every kind the API knows, or this file does not compile). */
const KINDS = Object.keys(KIND_LABEL) as NotificationKind[];

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const SettingsForm = ({ settings }: { settings: NotificationSettings }) => {
  const save = useSaveNotificationSettings();
  const [email, setEmail] = useState(settings.email ?? '');
  const [kinds, setKinds] = useState<NotificationKind[]>([...settings.kinds]);
  const [days, setDays] = useState(String(settings.dueWithinDays));
  const [errors, setErrors] = useState<{ email?: string; days?: string }>({});
  const [saved, setSaved] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved('');
    const address = email.trim();
    const dueWithinDays = Number(days);
    const found = {
      ...(address && !EMAIL.test(address) ? { email: 'Skriv en e-postadress, till exempel samordnare@kommun.se.' } : {}),
      ...(!address && kinds.length > 0 ? { email: 'Skriv den e-postadress aviseringarna ska skickas till.' } : {}),
      ...(!Number.isInteger(dueWithinDays) || dueWithinDays < 1 || dueWithinDays > 90 ? { days: 'Ange ett antal dagar mellan 1 och 90.' } : {}),
    };
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    // In the order the list shows them, whatever order they were ticked in.
    const ordered = KINDS.filter((k) => kinds.includes(k));
    await save.mutateAsync({ email: address || null, kinds: ordered, dueWithinDays }).then(
      () => setSaved(ordered.length > 0 ? 'Dina aviseringar är sparade.' : 'Sparat. Du får inga aviseringar via e-post.'),
      () => undefined,
    );
  };

  const toggle = (kind: NotificationKind, on: boolean) => setKinds((before) => (on ? [...before, kind] : before.filter((k) => k !== kind)));

  return (
    <form className="form card" onSubmit={submit} noValidate aria-label="Aviseringar">
      {settings.mailEnabled ? null : (
        <p className="notice notice--warning">
          E-post är inte påslaget i den här installationen, så inget skickas förrän en administratör har ställt in det.
        </p>
      )}
      <TextField
        label="E-postadress i tjänsten"
        name="email"
        type="email"
        autoComplete="email"
        hint="Din jobbadress. Den sparas bara med ditt konto och syns inte för andra."
        error={errors.email ?? null}
        value={email}
        onChange={(e) => setEmail(e.target.value)}
      />
      <fieldset className="notification-kinds">
        <legend>Skicka e-post när</legend>
        {KINDS.map((kind) => (
          <label key={kind} className="notification-kinds__option">
            <input type="checkbox" name={kind} checked={kinds.includes(kind)} onChange={(e) => toggle(kind, e.target.checked)} /> {KIND_LABEL[kind]}
          </label>
        ))}
      </fieldset>
      <TextField
        label="Antal dagar framåt"
        name="due-within-days"
        type="number"
        inputMode="numeric"
        min={1}
        max={90}
        hint="Åtgärder som ska vara klara inom så många dagar, och möten som hålls inom så många dagar."
        error={errors.days ?? null}
        value={days}
        onChange={(e) => setDays(e.target.value)}
      />
      <ProblemMessage error={save.error} title="Aviseringarna kunde inte sparas" />
      <Button type="submit" busy={save.isPending}>
        Spara aviseringar
      </Button>
      <LiveRegion message={saved} visible />
    </form>
  );
};

/** "Aviseringar" on Mitt konto: the work address and which mails to get. */
export const NotificationSettingsSection = () => {
  const query = useNotificationSettings();
  return (
    <section aria-labelledby="aviseringar">
      <h2 id="aviseringar">Aviseringar</h2>
      <QueryState query={query} loading="Hämtar dina aviseringar…">
        {(settings) => <SettingsForm settings={settings} />}
      </QueryState>
    </section>
  );
};
