import { isIsoDate } from '@samverkan/dates';
import { TextField } from '../../ui';

export interface MeetingValues {
  readonly name: string;
  readonly date: string;
}

export const emptyMeeting: MeetingValues = { name: '', date: '' };

/** Both or neither: a meeting is named and dated, or the proposal names none. */
export const meetingErrors = (meeting: MeetingValues): { meetingName?: string; meetingDate?: string } => {
  const name = meeting.name.trim();
  const date = meeting.date;
  if (name === '' && date === '') return {};
  return {
    ...(name === '' ? { meetingName: 'Skriv mötets namn, eller töm datumet om inget möte ska anges.' } : {}),
    ...(!isIsoDate(date) ? { meetingDate: 'Ange mötets datum, ÅÅÅÅ-MM-DD, eller töm namnet om inget möte ska anges.' } : {}),
  };
};

export const meetingBody = (meeting: MeetingValues) =>
  meeting.name.trim() && meeting.date ? { meeting: { name: meeting.name.trim(), date: meeting.date } } : {};

/** Möte: the council meeting at which the proposal is to be decided (name and date), optional. */
export function MeetingFields({
  value,
  onChange,
  errors,
}: {
  value: MeetingValues;
  onChange: (value: MeetingValues) => void;
  errors: { meetingName?: string | undefined; meetingDate?: string | undefined };
}) {
  return (
    <fieldset className="fap-fieldset">
      <legend>Möte där rådet ska besluta (frivilligt)</legend>
      <div className="fap-form__row">
        <TextField
          label="Mötets namn"
          hint="Till exempel Styrgruppens möte 3/2025."
          maxLength={200}
          autoComplete="off"
          value={value.name}
          error={errors.meetingName ?? null}
          onChange={(e) => onChange({ ...value, name: e.target.value })}
        />
        <TextField
          label="Mötets datum"
          type="date"
          value={value.date}
          error={errors.meetingDate ?? null}
          onChange={(e) => onChange({ ...value, date: e.target.value })}
        />
      </div>
    </fieldset>
  );
}
