import { Button, FormField, LiveRegion, ProblemMessage } from '../../ui';
import { ProtocolPicker, protocolFor, type DecisionSubject } from '../meetings/ProtocolPicker';
import type { Annex, AnnexVersion } from './annex-api';
import { useDatedAnnexCommand } from './use-dated-annex-command';

interface Props {
  readonly agreementId: string;
  readonly annex: Annex;
  readonly version: AnnexVersion;
  readonly today: string;
}

/** A coordinator records the council's decision of the draft: its day, and the meeting's paragraph when a council meeting held here has the version on its agenda. */
export const DecideVersionForm = ({ agreementId, annex, version, today }: Props) => {
  const subject: DecisionSubject = { kind: 'annexVersion', annexId: annex.annexId, version: version.version };
  const { date, setDate, error, done, command, problemRef, titleId, submitWith } = useDatedAnnexCommand({
    agreementId,
    annex,
    version,
    action: 'decision',
    today,
    invalidDate: 'Ange dagen rådet beslutade, till exempel 2025-03-13.',
    doneMessage: `Rådets beslut om version ${version.version} är registrerat. Nu ska parterna underteckna.`,
  });

  return (
    <form className="annex-form" onSubmit={submitWith((decidedOn) => ({ decidedOn, ...protocolFor(subject) }))} aria-labelledby={titleId} noValidate>
      <h3 id={titleId}>Registrera rådets beslut om version {version.version}</h3>
      <ProblemMessage error={command.error} title="Beslutet kunde inte sparas" ref={problemRef} />
      <div className="annex-form__fields">
        <FormField label="Beslutsdag" error={error} required>
          {(control) => <input {...control} type="date" className="input" value={date} onChange={(e) => setDate(e.target.value)} />}
        </FormField>
        <ProtocolPicker agreementId={agreementId} subject={subject} />
      </div>
      <Button type="submit" busy={command.isPending}>
        Registrera beslutet
      </Button>
      <LiveRegion message={done} visible />
    </form>
  );
};
