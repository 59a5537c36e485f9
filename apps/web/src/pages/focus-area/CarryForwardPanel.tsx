import { useEffect, useId, useRef, useState } from 'react';
import { useAnnounce } from '../../ui';
import { CarriedSummary } from './CarriedSummary';
import { CarryForwardForm } from './CarryForwardForm';
import { useFocusAreaPage } from './FocusAreaContext';
import './carry-forward.css';

/**
 * "För vidare från cykel N": in a new cycle, the coordinator keeps or drops each unfinished
 * measure, goal and source of the cycle just ended, once; afterwards, while the cycle is in
 * mapping, the panel tells what was kept. Shown first on the page: the first thing a new cycle asks.
 */
export function CarryForwardPanel() {
  const { response, mayRecord } = useFocusAreaPage();
  const view = response.focusArea;
  const headingId = useId();
  const carried = view.work.carriedForward;
  const fromCycle = carried?.fromCycle ?? view.cycle - 1;
  const from = view.previousCycles.find((p) => p.cycle === fromCycle)?.work;
  const offered = mayRecord && response.possibleCommands.some((c) => c.type === 'CarryWorkForward');
  // The form goes once it has been used: the summary that replaces it takes focus and says so.
  const [saved, setSaved] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const announce = useAnnounce();
  useEffect(() => {
    if (saved && carried) headingRef.current?.focus();
  }, [saved, carried]);
  // What was kept is told while the new cycle maps its problem; later the timeline and, once the cycle has ended, Tidigare cykler say it.
  if (!from || (!carried && !offered) || (carried && view.step !== 'mapping')) return null;
  const onSaved = (message: string) => {
    setSaved(message);
    announce(message);
  };
  return (
    <section className="fap-section fap-carry" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {carried ? `Fört vidare från cykel ${fromCycle}` : `För vidare från cykel ${fromCycle}`}
      </h2>
      {carried ? (
        <>
          {saved ? <p className="notice notice--success">{saved}</p> : null}
          <CarriedSummary from={from} carried={carried} />
        </>
      ) : (
        <CarryForwardForm from={from} fromCycle={fromCycle} cycle={view.cycle} onSaved={onSaved} />
      )}
    </section>
  );
}
