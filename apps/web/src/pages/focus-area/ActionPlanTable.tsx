import { swedishDateOf } from '@samverkan/dates';
import { useEffect, useId, useRef, useState } from 'react';
import { Button, formatDate, MEASURE_KIND_LABEL, partyName } from '../../ui';
import { AddFormToggle } from './AddFormToggle';
import { FormFeedback } from './FormFeedback';
import { useFocusAreaPage } from './FocusAreaContext';
import { MeasureForm } from './MeasureForm';
import { MeasureStatusLabel } from './MeasureStatus';
import { MeasureStatusForm } from './MeasureStatusForm';
import { RemoveButton } from './RemoveButton';
import { useRemoval } from './useRemoval';

type Open = { readonly measureId: string; readonly form: 'edit' | 'status' } | null;

/**
 * Åtgärdsplanen as a table in Brå's columns — orsak, åtgärd, operativt mål, när, vem, uppföljning,
 * status — with the forms to add a measure, revise one or follow it up. The table scrolls sideways
 * on a narrow screen (and can be scrolled with the keyboard).
 */
export function ActionPlanTable() {
  const { response, parties, can } = useFocusAreaPage();
  const { measures, causes, goals } = response.focusArea.work;
  const removal = useRemoval();
  const headingId = useId();
  const [open, setOpen] = useState<Open>(null);
  const [said, setSaid] = useState('');
  const returnTo = useRef<string | null>(null);
  // Today in Sweden, to mark measures past their date (the page's clock, as the API's `today`).
  const today = swedishDateOf(new Date().toISOString());
  const selected = open ? measures.find((m) => m.measureId === open.measureId) : undefined;
  const mayAct = can('PlanMeasure') || can('UpdateMeasureStatus') || can('RemoveMeasure');

  useEffect(() => {
    if (open === null && returnTo.current) {
      document.getElementById(returnTo.current)?.focus();
      returnTo.current = null;
    }
  }, [open]);

  const close = (saved: boolean, message: string) => {
    if (open) returnTo.current = `fap-${open.form}-measure-${open.measureId}`;
    if (saved) setSaid(message);
    setOpen(null);
  };

  return (
    <section className="fap-subsection" aria-labelledby={headingId}>
      <h3 id={headingId} ref={removal.headingRef} tabIndex={-1}>
        Åtgärdsplan
      </h3>
      {measures.length === 0 ? (
        <p className="fap-empty">Inga åtgärder är planerade ännu.</p>
      ) : (
        <div className="fap-table-scroll" role="region" aria-label="Åtgärdsplanen som tabell, kan rullas i sidled" tabIndex={0}>
          <table className="fap-table">
            <caption className="visually-hidden">Åtgärdsplanen enligt Brås modell, en rad per åtgärd</caption>
            <thead>
              <tr>
                <th scope="col">Orsak</th>
                <th scope="col">Åtgärd</th>
                <th scope="col">Operativt mål</th>
                <th scope="col">När</th>
                <th scope="col">Vem</th>
                <th scope="col">Uppföljning</th>
                <th scope="col">Status</th>
                {mayAct ? (
                  <th scope="col" className="fap-table__actions">
                    Hantera
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {measures.map((measure) => {
                const cause = causes.find((c) => c.causeId === measure.causeId);
                const goal = goals.find((g) => g.goalId === measure.goalId);
                const late = measure.status !== 'done' && measure.dueDate < today;
                return (
                  <tr key={measure.measureId}>
                    <td className="fap-table__cause">{cause?.description ?? 'Orsaken saknas'}</td>
                    <th scope="row" className="fap-table__rowhead">
                      {measure.activity}
                      <span className="fap-table__meta">{MEASURE_KIND_LABEL[measure.kind]}</span>
                    </th>
                    <td className="fap-table__goal">
                      {measure.operationalGoal}
                      {goal ? <span className="fap-table__meta">Mål: {goal.description}</span> : null}
                    </td>
                    <td className="fap-table__date">
                      {formatDate(measure.dueDate)}
                      {late ? <span className="fap-late">Försenad</span> : null}
                    </td>
                    <td>
                      {partyName(parties, measure.responsiblePartyId)}
                      <span className="fap-table__meta">{measure.responsibleFunction}</span>
                    </td>
                    <td>{measure.followUpMethod}</td>
                    <td className="fap-table__status">
                      <MeasureStatusLabel status={measure.status} />
                      {measure.statusComment ? <span className="fap-table__meta">{measure.statusComment}</span> : null}
                    </td>
                    {mayAct ? (
                      <td className="fap-table__actions">
                        <div className="fap-table__buttons">
                          {can('PlanMeasure') ? (
                            <Button
                              id={`fap-edit-measure-${measure.measureId}`}
                              variant="secondary"
                              aria-label={`Ändra åtgärden ${measure.activity}`}
                              onClick={() => {
                                setSaid('');
                                setOpen({ measureId: measure.measureId, form: 'edit' });
                              }}
                            >
                              Ändra
                            </Button>
                          ) : null}
                          {can('UpdateMeasureStatus') ? (
                            <Button
                              id={`fap-status-measure-${measure.measureId}`}
                              variant="secondary"
                              aria-label={`Följ upp åtgärden ${measure.activity}`}
                              onClick={() => {
                                setSaid('');
                                setOpen({ measureId: measure.measureId, form: 'status' });
                              }}
                            >
                              Följ upp
                            </Button>
                          ) : null}
                          {can('RemoveMeasure') ? (
                            <RemoveButton
                              what={`åtgärden ${measure.activity}`}
                              busy={removal.busy}
                              onConfirm={() => removal.remove(`/measures/${measure.measureId}`, 'Åtgärden är borttagen ur åtgärdsplanen.')}
                            />
                          ) : null}
                        </div>
                      </td>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <FormFeedback feedback={removal.feedback} />
      <div role="status" aria-live="polite" aria-atomic="true">
        {said ? <p className="notice notice--success">{said}</p> : null}
      </div>
      {selected && open?.form === 'edit' ? (
        <MeasureForm key={selected.measureId} measure={selected} onDone={(saved) => close(saved, 'Åtgärden är ändrad.')} />
      ) : null}
      {selected && open?.form === 'status' ? (
        <MeasureStatusForm key={selected.measureId} measure={selected} onDone={(saved) => close(saved, 'Statusen är sparad.')} />
      ) : null}
      {can('PlanMeasure') ? (
        <div hidden={open !== null}>
          <AddFormToggle label="Lägg till en åtgärd" startOpen={measures.length === 0}>
            <MeasureForm />
          </AddFormToggle>
        </div>
      ) : null}
      {!can('PlanMeasure') && can('SetGoal') ? (
        <p className="fap-hint">En åtgärd kan läggas till när det finns minst en orsak och minst ett mål.</p>
      ) : null}
    </section>
  );
}
