import { useId, useRef, useState, type FormEvent } from 'react';
import { useCommand } from '../../api/queries';
import { Button, FormField, LiveRegion, ProblemMessage, useAnnounce } from '../../ui';
import type { Annex, AnnexVersion } from './annex-api';

interface Props {
  readonly agreementId: string;
  readonly annex: Annex;
  readonly version: AnnexVersion;
  readonly partyId: string;
  readonly partyName: string;
  readonly today: string;
}

/** A council representative (or substitute) signs the decided version for their party. */
export const SignVersionForm = ({ agreementId, annex, version, partyId, partyName, today }: Props) => {
  const [signedOn, setSignedOn] = useState(today);
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
    if (!/^\d{4}-\d{2}-\d{2}$/.test(signedOn)) {
      setError('Ange dagen parten undertecknade, till exempel 2025-03-20.');
      return;
    }
    setError(null);
    command.mutate(
      {
        method: 'POST',
        path: `/agreements/${agreementId}/annexes/${annex.annexId}/versions/${version.version}/signatures`,
        body: { signedOn, partyId },
        ifMatch: `"${annex.revision}"`,
      },
      {
        onSuccess: () => announceDone(`${partyName} har undertecknat version ${version.version}.`),
        onError: () => window.setTimeout(() => problemRef.current?.focus(), 0),
      },
    );
  };

  return (
    <form className="annex-form" onSubmit={submit} aria-labelledby={titleId} noValidate>
      <h3 id={titleId}>
        Underteckna version {version.version} för {partyName}
      </h3>
      <ProblemMessage error={command.error} title="Underskriften kunde inte sparas" ref={problemRef} />
      <FormField label="Undertecknad den" error={error} required>
        {(control) => <input {...control} type="date" className="input" value={signedOn} onChange={(e) => setSignedOn(e.target.value)} />}
      </FormField>
      <Button type="submit" busy={command.isPending}>
        Underteckna för {partyName}
      </Button>
      <LiveRegion message={done} visible />
    </form>
  );
};
