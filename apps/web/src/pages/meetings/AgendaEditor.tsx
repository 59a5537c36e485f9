import { useState, type FormEvent } from 'react';
import { useCommand } from '../../api/queries';
import { Button, ProblemMessage, TextField } from '../../ui';
import { useAgendaSuggestions, type AgendaSubject, type MeetingDetail } from './meeting-queries';

interface Props {
  readonly meeting: MeetingDetail;
}

/** The coordinator's tools while the meeting is planned: add from suggestions or freely, move, remove. */
export const AgendaEditor = ({ meeting }: Props) => {
  const command = useCommand();
  const suggestions = useAgendaSuggestions(meeting.meetingId, true);
  const [title, setTitle] = useState('');
  const [titleError, setTitleError] = useState<string | null>(null);
  const base = `/meetings/${encodeURIComponent(meeting.meetingId)}`;
  const ifMatch = `"${meeting.revision}"`;

  const add = (itemTitle: string, subject: AgendaSubject) =>
    command.mutate({ method: 'POST', path: `${base}/agenda-items`, body: { title: itemTitle, subject }, ifMatch });

  const addFree = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      setTitleError('Skriv en rubrik för punkten.');
      return;
    }
    setTitleError(null);
    add(title.trim(), { kind: 'other' });
    setTitle('');
  };

  const data = suggestions.data;
  const offered = [
    ...(data?.pendingProposals ?? []),
    ...(data?.annexUpdates ?? []),
    ...(data?.pendingAmendments ?? []),
    ...(data?.lateFocusAreas ?? []),
  ].filter((s) => !s.onAgenda);
  return (
    <section className="agenda-editor card no-print" aria-labelledby="lagg-till">
      <h2 id="lagg-till">Lägg till på dagordningen</h2>
      <ProblemMessage error={command.error} title="Dagordningen kunde inte ändras" />
      {offered.length > 0 ? (
        <>
          <h3>Förslag</h3>
          <ul className="suggestions">
            {offered.map((s) => (
              <li key={JSON.stringify(s.subject)}>
                <span>{s.title}</span>
                <Button variant="secondary" onClick={() => add(s.title, s.subject)} busy={command.isPending}>
                  Lägg till<span className="visually-hidden"> {s.title}</span>
                </Button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="muted">Inga väntande förslag, bilagor, ändringar eller försenade åtgärder att ta upp.</p>
      )}
      {data && data.obligationsDue.length > 0 ? (
        <p className="muted">Åtaganden som snart ska vara gjorda: {data.obligationsDue.map((o) => o.description).join(' · ')}</p>
      ) : null}
      <form className="inline-form" onSubmit={addFree} noValidate>
        <TextField label="Egen punkt" error={titleError} value={title} maxLength={300} onChange={(e) => setTitle(e.target.value)} />
        <Button type="submit" variant="secondary" busy={command.isPending}>
          Lägg till punkt
        </Button>
      </form>
    </section>
  );
};

/** Move and remove buttons for one paragraph while the agenda may change. */
export const ParagraphTools = ({ meeting, index }: { meeting: MeetingDetail; index: number }) => {
  const command = useCommand();
  const base = `/meetings/${encodeURIComponent(meeting.meetingId)}`;
  const ifMatch = `"${meeting.revision}"`;
  const ids = meeting.paragraphs.map((p) => p.itemId);
  const item = meeting.paragraphs[index]!;
  const move = (to: number) => {
    const order = ids.filter((id) => id !== item.itemId);
    order.splice(to, 0, item.itemId);
    command.mutate({ method: 'PUT', path: `${base}/agenda-order`, body: { itemIds: order }, ifMatch });
  };
  const label = `§ ${item.paragraph} ${item.title}`;
  return (
    <div className="actions no-print">
      <ProblemMessage error={command.error} title="Dagordningen kunde inte ändras" />
      {index > 0 ? (
        <Button variant="link" onClick={() => move(index - 1)}>
          Flytta upp<span className="visually-hidden"> {label}</span>
        </Button>
      ) : null}
      {index < ids.length - 1 ? (
        <Button variant="link" onClick={() => move(index + 1)}>
          Flytta ned<span className="visually-hidden"> {label}</span>
        </Button>
      ) : null}
      <Button
        variant="link"
        onClick={() => command.mutate({ method: 'DELETE', path: `${base}/agenda-items/${encodeURIComponent(item.itemId)}`, ifMatch })}
      >
        Ta bort<span className="visually-hidden"> {label}</span>
      </Button>
    </div>
  );
};
