import { useState, type FormEvent } from 'react';
import { useCommand } from '../../api/queries';
import { Button, formatDate, LiveRegion, ProblemMessage, TextArea } from '../../ui';
import type { MeetingDetail } from './meeting-queries';

/** The coordinator records that the meeting was held (on the planned day unless told otherwise). */
export const HoldForm = ({ meeting }: { meeting: MeetingDetail }) => {
  const command = useCommand();
  const [heldOn, setHeldOn] = useState(meeting.date);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    command.mutate({
      method: 'POST',
      path: `/meetings/${encodeURIComponent(meeting.meetingId)}/held`,
      body: { heldOn },
      ifMatch: `"${meeting.revision}"`,
    });
  };
  return (
    <form className="inline-form card no-print" onSubmit={submit} aria-label="Registrera att mötet hölls" noValidate>
      <ProblemMessage error={command.error} title="Mötet kunde inte registreras som hållet" />
      <label className="label" htmlFor="held-on">
        Mötet hölls den
      </label>
      <input id="held-on" type="date" className="input" value={heldOn} onChange={(e) => setHeldOn(e.target.value)} />
      <Button type="submit" busy={command.isPending}>
        Registrera att mötet hölls
      </Button>
    </form>
  );
};

/** The coordinator writes a note per paragraph and adopts the minutes; every party then checks them. */
export const AdoptMinutesForm = ({ meeting }: { meeting: MeetingDetail }) => {
  const command = useCommand();
  const [notes, setNotes] = useState<Record<string, string>>(() => Object.fromEntries(meeting.paragraphs.map((p) => [p.itemId, p.note ?? ''])));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = { notes: meeting.paragraphs.map((p) => ({ itemId: p.itemId, note: notes[p.itemId] ?? '' })).filter((n) => n.note.trim() !== '') };
    command.mutate({ method: 'PUT', path: `/meetings/${encodeURIComponent(meeting.meetingId)}/minutes`, body, ifMatch: `"${meeting.revision}"` });
  };
  return (
    <form className="minutes-form card no-print" onSubmit={submit} aria-labelledby="protokoll-anteckningar" noValidate>
      <h2 id="protokoll-anteckningar">Protokollets anteckningar</h2>
      <p className="muted">Frivilligt: en anteckning per paragraf. Skriv inga personnummer eller namn, bara funktioner.</p>
      <ProblemMessage error={command.error} title="Protokollet kunde inte fastställas" />
      {meeting.paragraphs.map((p) => (
        <TextArea
          key={p.itemId}
          label={`§ ${p.paragraph} ${p.title}`}
          rows={2}
          maxLength={4000}
          value={notes[p.itemId] ?? ''}
          onChange={(e) => setNotes({ ...notes, [p.itemId]: e.target.value })}
        />
      ))}
      <Button type="submit" busy={command.isPending}>
        {meeting.minutes ? 'Fastställ protokollet på nytt' : 'Fastställ protokollet'}
      </Button>
      {meeting.minutes ? <p className="muted">Fastställs protokollet på nytt måste alla parter justera det igen.</p> : null}
    </form>
  );
};

/** Who has checked (justerat) the minutes, by party and function, and the button for the signed-in representative's party. */
export const ChecksSection = ({ meeting, myParties }: { meeting: MeetingDetail; myParties: readonly string[] }) => {
  const command = useCommand();
  const [done, setDone] = useState('');
  const minutes = meeting.minutes;
  if (!minutes) return null;
  const mine = minutes.awaiting.filter((p) => myParties.includes(p.partyId));
  const check = (partyId: string, partyName: string) =>
    command.mutate(
      { method: 'POST', path: `/meetings/${encodeURIComponent(meeting.meetingId)}/minutes/checks`, body: { partyId }, ifMatch: `"${meeting.revision}"` },
      { onSuccess: () => setDone(`Protokollet är justerat för ${partyName}.`) },
    );
  return (
    <section className="checks" aria-labelledby="justering">
      <h2 id="justering">Justering</h2>
      {meeting.status === 'minutesChecked' ? (
        <p className="notice notice--success">Protokollet är justerat av alla parter och kan inte längre ändras.</p>
      ) : null}
      <ul className="checks__list">
        {minutes.checks.map((c) => (
          <li key={c.partyId}>
            <strong>{c.partyName}</strong>: justerat av {c.actorFunction ?? 'rådsrepresentant'} {formatDate(c.checkedAt.slice(0, 10))}
          </li>
        ))}
        {minutes.awaiting.map((p) => (
          <li key={p.partyId}>
            <strong>{p.partyName}</strong>: har inte justerat
          </li>
        ))}
      </ul>
      <ProblemMessage error={command.error} title="Justeringen kunde inte sparas" />
      {mine.map((p) => (
        <Button key={p.partyId} className="no-print" onClick={() => check(p.partyId, p.partyName)} busy={command.isPending}>
          Justera protokollet<span className="visually-hidden"> för {p.partyName}</span>
        </Button>
      ))}
      <LiveRegion message={done} />
    </section>
  );
};
