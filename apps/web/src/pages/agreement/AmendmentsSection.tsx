import { useState, type FormEvent } from 'react';
import { useCommand } from '../../api/queries';
import type { AgreementDetail, Amendment } from '../../api/schema';
import { Button, ClampedText, formatDate, formatDateTime, partyName, ProblemMessage, TextArea, useAnnounce } from '../../ui';
import { ProtocolPicker, protocolFor, type DecisionSubject } from '../meetings/ProtocolPicker';
import { AMENDMENT_STATUS_LABEL, changeSentence } from './agreement-text';

interface DecideProps {
  readonly agreementId: string;
  readonly amendment: Amendment;
  readonly partyId: string;
  readonly partyLabel: string;
  readonly revision: number;
}

/** A council representative's (or substitute's) answer for one party: approve, or reject with a reason. */
const DecideForParty = ({ agreementId, amendment, partyId, partyLabel, revision }: DecideProps) => {
  const command = useCommand();
  const announce = useAnnounce();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const path = `/agreements/${encodeURIComponent(agreementId)}/amendments/${encodeURIComponent(amendment.amendmentId)}`;
  const subject: DecisionSubject = { kind: 'amendment', amendmentId: amendment.amendmentId };
  const decide = (kind: 'approvals' | 'rejections', body: Record<string, string>, done: string) =>
    command.mutate(
      { method: 'POST', path: `${path}/${kind}`, body: { partyId, ...protocolFor(subject), ...body }, ifMatch: `"${revision}"` },
      { onSuccess: () => announce(done) },
    );
  const reject = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    decide('rejections', { reason: reason.trim() }, `Ändringen avslogs för ${partyLabel}.`);
  };
  return (
    <div className="amendment-decide">
      <ProblemMessage error={command.error} title="Beslutet sparades inte" />
      <ProtocolPicker agreementId={agreementId} subject={subject} />
      {rejecting ? (
        <form onSubmit={reject} noValidate className="form">
          <TextArea
            label={`Skäl till avslaget för ${partyLabel}`}
            hint="Skriv inte personnummer eller uppgifter om enskilda personer."
            required
            value={reason}
            error={missing ? 'Skriv varför ändringen avslås.' : null}
            onChange={(e) => setReason(e.target.value)}
          />
          <div className="actions">
            <Button type="submit" variant="danger" busy={command.isPending}>
              Avslå för {partyLabel}
            </Button>
            <Button variant="secondary" onClick={() => setRejecting(false)}>
              Avbryt
            </Button>
          </div>
        </form>
      ) : (
        <div className="actions">
          <Button busy={command.isPending} onClick={() => decide('approvals', {}, `Ändringen godkändes för ${partyLabel}.`)}>
            Godkänn för {partyLabel}
          </Button>
          <Button variant="danger-outline" onClick={() => setRejecting(true)}>
            Avslå för {partyLabel}
          </Button>
        </div>
      )}
    </div>
  );
};

/** Every amendment, newest first: what it changes, from when, its state, and each party's answer. */
export const AmendmentsSection = ({ detail }: { detail: AgreementDetail }) => {
  const { agreement, amendments, yourRoles, revision } = detail;
  const decidesFor = yourRoles.filter((r) => r.role === 'councilRepresentative' || r.role === 'councilSubstitute').map((r) => r.partyId ?? '');
  return (
    <section aria-labelledby="andringar" className="agreement-section">
      <h2 id="andringar">Ändringar av överenskommelsen</h2>
      {amendments.length === 0 ? <p className="muted">Överenskommelsen har inte ändrats.</p> : null}
      <ol className="amendment-list">
        {[...amendments].reverse().map((amendment) => {
          const waitingFor = amendment.consentOf.filter((p) => !amendment.decisions.some((d) => d.partyId === p));
          return (
            <li key={amendment.amendmentId} className="amendment">
              <h3>
                Ändring {amendment.amendmentId}: {AMENDMENT_STATUS_LABEL[amendment.status]}
              </h3>
              <p>
                Föreslagen {formatDate(amendment.proposedOn)}, att gälla från {formatDate(amendment.effectiveFrom)}.
              </p>
              <ClampedText lines={3}>Skäl: {amendment.grounds}</ClampedText>
              <ul>
                {amendment.changes.map((change, i) => (
                  <li key={i}>{changeSentence(change, agreement.parties)}</li>
                ))}
              </ul>
              <ul className="amendment-decisions" aria-label="Parternas beslut">
                {amendment.consentOf.map((partyId) => {
                  const decision = amendment.decisions.find((d) => d.partyId === partyId);
                  return (
                    <li key={partyId}>
                      {partyName(agreement.parties, partyId)}:{' '}
                      {decision
                        ? `${decision.decision === 'approved' ? 'godkände' : 'avslog'} ${formatDateTime(decision.at)}${decision.protocol ? `, § ${decision.protocol.paragraph}` : ''}`
                        : 'har inte beslutat'}
                      {decision?.reason ? <ClampedText lines={3}>Skäl: {decision.reason}</ClampedText> : null}
                    </li>
                  );
                })}
              </ul>
              {amendment.status === 'pending'
                ? waitingFor
                    .filter((partyId) => decidesFor.includes(partyId))
                    .map((partyId) => (
                      <DecideForParty
                        key={partyId}
                        agreementId={agreement.agreementId}
                        amendment={amendment}
                        partyId={partyId}
                        partyLabel={partyName(agreement.parties, partyId)}
                        revision={revision}
                      />
                    ))
                : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
};
