import { useId, useRef, useState, type FormEvent } from 'react';
import { useCommand } from '../../api/queries';
import { Button, FormField, LiveRegion, ProblemMessage, useAnnounce } from '../../ui';
import type { Annex, AnnexVersion } from './annex-api';

interface Props {
  readonly agreementId: string;
  readonly annex: Annex;
  readonly version: AnnexVersion;
  readonly today: string;
}

/** A coordinator records the council's decision of the draft: its day, and the meeting's paragraph when the meeting is held here. */
export const DecideVersionForm = ({ agreementId, annex, version, today }: Props) => {
  const [decidedOn, setDecidedOn] = useState(today);
  const [meetingId, setMeetingId] = useState('');
  const [paragraph, setParagraph] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState('');
  const command = useCommand();
  // The form leaves the page once its command is done (the version moves on), so the app-wide region says so.
  const announce = useAnnounce();
  const problemRef = useRef<HTMLDivElement>(null);
  const titleId = useId();

  const announceDone = (message: string) => {
    setDone(message);
    announce(message);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(decidedOn)) {
      setError('Ange dagen rådet beslutade, till exempel 2025-03-13.');
      return;
    }
    setError(null);
    const protocol = meetingId.trim() && paragraph ? { protocol: { meetingId: meetingId.trim(), paragraph: Number(paragraph) } } : {};
    command.mutate(
      {
        method: 'POST',
        path: `/agreements/${agreementId}/annexes/${annex.annexId}/versions/${version.version}/decision`,
        body: { decidedOn, ...protocol },
        ifMatch: `"${annex.revision}"`,
      },
      {
        onSuccess: () => announceDone(`Rådets beslut om version ${version.version} är registrerat. Nu ska parterna underteckna.`),
        onError: () => window.setTimeout(() => problemRef.current?.focus(), 0),
      },
    );
  };

  return (
    <form className="annex-form" onSubmit={submit} aria-labelledby={titleId} noValidate>
      <h3 id={titleId}>Registrera rådets beslut om version {version.version}</h3>
      <ProblemMessage error={command.error} title="Beslutet kunde inte sparas" ref={problemRef} />
      <div className="annex-form__fields">
        <FormField label="Beslutsdag" error={error} required>
          {(control) => <input {...control} type="date" className="input" value={decidedOn} onChange={(e) => setDecidedOn(e.target.value)} />}
        </FormField>
        <FormField label="Möte (id)" hint="Frivilligt: mötet i Samverkan där beslutet fattades.">
          {(control) => <input {...control} className="input" value={meetingId} onChange={(e) => setMeetingId(e.target.value)} />}
        </FormField>
        <FormField label="Paragraf (§)" hint="Frivilligt, med mötet.">
          {(control) => <input {...control} type="number" min={1} className="input" value={paragraph} onChange={(e) => setParagraph(e.target.value)} />}
        </FormField>
      </div>
      <Button type="submit" busy={command.isPending}>
        Registrera beslutet
      </Button>
      <LiveRegion message={done} visible />
    </form>
  );
};
