import { Button, FormField, LiveRegion, ProblemMessage } from '../../ui';
import type { Annex, AnnexVersion } from './annex-api';
import { useDatedAnnexCommand } from './use-dated-annex-command';

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
  const { date, setDate, error, done, command, problemRef, titleId, submitWith } = useDatedAnnexCommand({
    agreementId,
    annex,
    version,
    action: 'signatures',
    today,
    invalidDate: 'Ange dagen parten undertecknade, till exempel 2025-03-20.',
    doneMessage: `${partyName} har undertecknat version ${version.version}.`,
  });

  return (
    <form className="annex-form" onSubmit={submitWith((signedOn) => ({ signedOn, partyId }))} aria-labelledby={titleId} noValidate>
      <h3 id={titleId}>
        Underteckna version {version.version} för {partyName}
      </h3>
      <ProblemMessage error={command.error} title="Underskriften kunde inte sparas" ref={problemRef} />
      <FormField label="Undertecknad den" error={error} required>
        {(control) => <input {...control} type="date" className="input" value={date} onChange={(e) => setDate(e.target.value)} />}
      </FormField>
      <Button type="submit" busy={command.isPending}>
        Underteckna för {partyName}
      </Button>
      <LiveRegion message={done} visible />
    </form>
  );
};
