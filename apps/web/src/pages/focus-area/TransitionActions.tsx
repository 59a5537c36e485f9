import { useCallback, useId, useRef, useState } from 'react';
import { ClampedText, listSv, partyName, STEP_LABEL, TRANSITION_LABEL } from '../../ui';
import { useFocusAreaPage } from './FocusAreaContext';
import { GateChecklist } from './GateChecklist';
import { PendingProposal } from './PendingProposal';
import { ScopeForm } from './ScopeForm';
import { ProposeTransitionForm } from './ProposeTransitionForm';
import { ReasonForm } from './ReasonForm';
import { StepBackForm } from './StepBackForm';
import { isCycleStep } from '../../api/schema';

/**
 * Beslut och övergångar: the pending proposal, the last rejection, and only the actions the cycle
 * machine allows now (possibleCommands) — föreslå övergång, gå tillbaka, dra tillbaka ett förslag,
 * återkalla ett föreslaget fokusområde. A saved action is said here, since its form may be gone.
 */
export function TransitionActions() {
  const { response, parties, proposals, stepBacks, can, mayRecord } = useFocusAreaPage();
  const { focusArea } = response;
  const headingId = useId();
  const [said, setSaidText] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  // A saved action often removes the form it was made in (a proposal is now pending): focus then
  // goes to this section's heading, from where the message and the new state are read.
  const setSaid = useCallback((message: string) => {
    setSaidText(message);
    window.setTimeout(() => {
      const active = document.activeElement;
      if (!active || active === document.body) headingRef.current?.focus();
    }, 0);
  }, []);
  const step = focusArea.step;
  const forwardOffered = proposals.some((p) => p.transition !== 'stepBack');
  const rejection = focusArea.lastRejection;

  return (
    <section className="fap-section fap-actions" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        Beslut och övergångar
      </h2>
      <div role="status" aria-live="polite" aria-atomic="true">
        {said ? <p className="notice notice--success">{said}</p> : null}
      </div>
      {rejection && !focusArea.pendingProposal ? (
        <div className="notice notice--warning">
          <p>
            <strong>
              {partyName(parties, rejection.partyId)} avslog förslaget att {TRANSITION_LABEL[rejection.transition]}:
            </strong>
          </p>
          <ClampedText lines={3}>{rejection.reason}</ClampedText>
        </div>
      ) : null}
      <PendingProposal onSaved={setSaid} />
      {step === 'closed' ? <p>Fokusområdet är avslutat. Arbetet i varje steg och historiken finns kvar att läsa nedan.</p> : null}
      {step === 'withdrawn' ? <p>Fokusområdet är återkallat{focusArea.withdrawalReason ? `: ${focusArea.withdrawalReason}` : '.'}</p> : null}
      {proposals.length > 0 ? <ProposeTransitionForm onSaved={setSaid} /> : null}
      {mayRecord && isCycleStep(step) && !focusArea.pendingProposal && !forwardOffered ? <GateChecklist step={step} /> : null}
      {stepBacks.length > 0 ? (
        <details className="fap-disclosure">
          <summary>Gå tillbaka till ett tidigare steg ({listSv(stepBacks.map((s) => STEP_LABEL[s.to]))})</summary>
          <StepBackForm onSaved={setSaid} />
        </details>
      ) : null}
      <ScopeForm onSaved={setSaid} />
      {can('WithdrawFocusArea') ? (
        <details className="fap-disclosure">
          <summary>Återkalla fokusområdet</summary>
          <ReasonForm
            label="Varför återkallas fokusområdet?"
            hint="Ett återkallat fokusområde ingår inte i arbetet. Det syns i historiken."
            path="/withdrawal"
            submitLabel="Återkalla fokusområdet"
            missing="Skriv varför fokusområdet återkallas."
            done="Fokusområdet är återkallat."
            onSaved={setSaid}
          />
        </details>
      ) : null}
      {!mayRecord && !focusArea.pendingProposal && isCycleStep(step) ? (
        <p className="fap-hint">Samordnarna registrerar arbetet och föreslår övergångar; rådet beslutar.</p>
      ) : null}
    </section>
  );
}
