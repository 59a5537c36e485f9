import { Link } from 'react-router';
import { ClampedText, formatDate, listSv, partyName, transitionSentence } from '../../ui';
import { useFocusAreaPage } from './FocusAreaContext';
import { ReasonForm } from './ReasonForm';

/** The proposal the council has not yet decided: what, why, at which meeting, who approved, who is awaited. */
export function PendingProposal({ onSaved }: { onSaved: (message: string) => void }) {
  const { response, parties, agreement, can } = useFocusAreaPage();
  const { pendingProposal: pending, lastWithdrawal } = response.focusArea;
  if (!pending)
    return lastWithdrawal ? (
      <div className="notice notice--info fap-withdrawn">
        <h3>Senaste förslaget drogs tillbaka</h3>
        <p>{transitionSentence(lastWithdrawal.transition, lastWithdrawal.from, lastWithdrawal.to)}.</p>
        <ClampedText lines={3}>Skäl: {lastWithdrawal.reason}</ClampedText>
      </div>
    ) : null;
  const names = (ids: readonly string[]) => listSv(ids.map((id) => partyName(parties, id)));
  return (
    <div className="fap-pending">
      <h3>Väntar på rådets beslut</h3>
      <dl className="fap-facts">
        <div className="fap-facts__row">
          <dt>Förslag</dt>
          <dd>{transitionSentence(pending.transition, pending.from, pending.to)}</dd>
        </div>
        <div className="fap-facts__row">
          <dt>Motivering</dt>
          <dd>
            <ClampedText lines={4}>{pending.grounds}</ClampedText>
          </dd>
        </div>
        <div className="fap-facts__row">
          <dt>Möte</dt>
          <dd>{pending.meeting ? `${pending.meeting.name}, ${formatDate(pending.meeting.date)}` : 'Inget möte angivet'}</dd>
        </div>
        <div className="fap-facts__row">
          <dt>Har godkänt</dt>
          <dd>{pending.approvedBy.length > 0 ? names(pending.approvedBy) : 'Ingen part ännu'}</dd>
        </div>
        <div className="fap-facts__row">
          <dt>Väntar på</dt>
          <dd>{pending.awaiting.length > 0 ? names(pending.awaiting) : 'Ingen part'}</dd>
        </div>
      </dl>
      {pending.transition !== 'stepBack' ? (
        <p className="fap-hint">
          Medan förslaget väntar kan underlaget inte ändras: rådet beslutar om det underlag det har sett. Dra tillbaka förslaget om något behöver ändras.
        </p>
      ) : null}
      {agreement?.yourRoles.some(
        (r) => (r.role === 'councilRepresentative' || r.role === 'councilSubstitute') && r.partyId && pending.awaiting.includes(r.partyId),
      ) ? (
        <p>
          <Link to="/beslut">Besluta om förslaget under Beslut</Link>
        </p>
      ) : null}
      {can('VoidProposal') ? (
        <details className="fap-disclosure">
          <summary>Dra tillbaka förslaget</summary>
          <ReasonForm
            label="Varför dras förslaget tillbaka?"
            hint="Förslaget tas bort från rådets lista. Det syns i historiken."
            path={`/proposals/${pending.proposalId}/withdrawal`}
            submitLabel="Dra tillbaka förslaget"
            missing="Skriv varför förslaget dras tillbaka."
            done="Förslaget är tillbakadraget."
            onSaved={onSaved}
          />
        </details>
      ) : null}
    </div>
  );
}
