import { isIsoDate } from '@samverkan/dates';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useCommand } from '../../api/queries';
import { Button, FormField, ProblemMessage, TextField } from '../../ui';
import { BODY_LABEL, meetingPath } from './meeting-labels';
import type { MeetingBody } from './meeting-queries';

/** A coordinator puts a meeting of the council or the operative group in the calendar, then lands on its page to set the agenda. */
export const ScheduleMeetingForm = ({ agreementId }: { agreementId: string }) => {
  const [body, setBody] = useState<MeetingBody>('council');
  const [date, setDate] = useState('');
  const [place, setPlace] = useState('');
  const [errors, setErrors] = useState<{ date?: string; place?: string }>({});
  const command = useCommand<{ meetingId?: string; revision?: number; position?: string }>();
  const navigate = useNavigate();
  const problemRef = useRef<HTMLDivElement>(null);
  const titleId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = {
      ...(isIsoDate(date) ? {} : { date: 'Ange dagen för mötet, till exempel 2025-03-13.' }),
      ...(place.trim() ? {} : { place: 'Ange var mötet hålls, till exempel Kommunhuset eller Digitalt.' }),
    };
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    command.mutate(
      { method: 'POST', path: `/agreements/${encodeURIComponent(agreementId)}/meetings`, body: { body, date, place: place.trim() } },
      {
        onSuccess: (response) => {
          if (response.data?.meetingId) navigate(meetingPath(response.data.meetingId));
        },
        onError: () => window.setTimeout(() => problemRef.current?.focus(), 0),
      },
    );
  };

  return (
    <form className="meeting-form card no-print" onSubmit={submit} aria-labelledby={titleId} noValidate>
      <h2 id={titleId}>Planera ett möte</h2>
      <ProblemMessage error={command.error} title="Mötet kunde inte planeras" ref={problemRef} />
      <div className="meeting-form__fields">
        <FormField label="Organ" required>
          {(control) => (
            <select {...control} className="select" value={body} onChange={(e) => setBody(e.target.value as MeetingBody)}>
              {(['council', 'operativeGroup'] as const).map((b) => (
                <option key={b} value={b}>
                  {BODY_LABEL[b]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label="Datum" error={errors.date ?? null} required>
          {(control) => <input {...control} type="date" className="input" value={date} onChange={(e) => setDate(e.target.value)} />}
        </FormField>
        <TextField
          label="Plats"
          hint="Lokal eller Digitalt, aldrig en person."
          error={errors.place ?? null}
          required
          value={place}
          maxLength={200}
          onChange={(e) => setPlace(e.target.value)}
        />
      </div>
      <Button type="submit" busy={command.isPending}>
        Planera mötet
      </Button>
    </form>
  );
};
