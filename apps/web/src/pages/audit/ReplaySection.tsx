import { useState, type FormEvent } from 'react';
import type { AgreementSummary } from '../../api/schema';
import { Button, FormField, formatCount, QueryState } from '../../ui';
import { useReplaySteps, type ReplayMode } from './replay-queries';
import { subjectOf, subjectValue, useReplayUrlState } from './replay-url-state';
import { Replayer } from './Replayer';

/**
 * Granskning, fourth part: replaying the decision history as auditors mean it. A focus area or
 * the whole agreement, one decision (or one event) at a time, forward and back or to a day, with
 * the plan as it stood after each step.
 */
export const ReplaySection = ({ agreement }: { agreement: AgreementSummary }) => {
  const { subject, mode, step, start, goTo } = useReplayUrlState();
  const [chosen, setChosen] = useState(() => subjectValue(subject));
  const [chosenMode, setChosenMode] = useState<ReplayMode>(mode);
  const steps = useReplaySteps(agreement.agreementId, subject, mode);
  const unit = mode === 'decisions' ? 'besluten' : 'händelserna';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    start(subjectOf(chosen), chosenMode);
  };

  return (
    <section className="audit-section" aria-labelledby="uppspelning">
      <h2 id="uppspelning" tabIndex={-1}>
        Spela upp historiken
      </h2>
      <p>Stega igenom ett fokusområdes eller hela överenskommelsens historik, beslut för beslut, och se planen efter varje steg.</p>
      <form className="inline-form" onSubmit={submit} noValidate>
        <FormField label="Vad spelas upp">
          {(control) => (
            <select {...control} className="select" value={chosen} onChange={(e) => setChosen(e.target.value)}>
              <option value={subjectValue({ kind: 'agreement' })}>Hela överenskommelsen</option>
              {agreement.focusAreas.map((f) => (
                <option key={f.focusAreaId} value={f.focusAreaId}>
                  {f.title}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label="Steg">
          {(control) => (
            <select
              {...control}
              className="select"
              value={chosenMode}
              onChange={(e) => setChosenMode(e.target.value === 'events' ? 'events' : 'decisions')}
            >
              <option value="decisions">Beslut för beslut</option>
              <option value="events">Händelse för händelse</option>
            </select>
          )}
        </FormField>
        <Button type="submit">Spela upp</Button>
      </form>
      {subject === null ? null : (
        <QueryState query={steps} loading="Hämtar historiken…" errorTitle="Historiken kunde inte hämtas">
          {(grouped) => {
            if (grouped.length === 0) return <p>Inga {unit} att spela upp.</p>;
            return (
              <>
                <p className="muted">{formatCount(grouped.length, 'steg', 'steg')} att stega igenom.</p>
                <Replayer agreement={agreement} subject={subject} steps={grouped} step={step} goTo={goTo} unit={unit} />
              </>
            );
          }}
        </QueryState>
      )}
    </section>
  );
};
