import { useEffect, useId, useRef, useState } from 'react';
import { formatDate } from '../../ui';
import { todayInSweden } from '../../ui/today';
import { actionPlanRows } from './action-plan-rows';
import { ActionPlanLayout } from './ActionPlanViews';
import { AddFormToggle } from './AddFormToggle';
import { useFocusAreaPage } from './FocusAreaContext';
import { FormFeedback } from './FormFeedback';
import { MeasureActions, type MeasureFormKind } from './MeasureActions';
import { MeasureForm } from './MeasureForm';
import { MeasureStatusForm } from './MeasureStatusForm';
import { PrintPlanButton } from './PrintPlanButton';
import { useRemoval } from './useRemoval';

type Open = { readonly measureId: string; readonly form: MeasureFormKind } | null;

/**
 * Åtgärdsplanen in Brå's columns — orsak, åtgärd, delmål, mål, ansvarig, tidsplan, uppföljning,
 * status — with the forms to add a measure, revise one or follow it up. A wide screen and paper get
 * the table; a tablet held upright and a phone a card per measure, every value in view.
 */
export function ActionPlanTable() {
  const { response, parties, can, agreement } = useFocusAreaPage();
  const { focusArea } = response;
  const { measures } = focusArea.work;
  const removal = useRemoval();
  const headingId = useId();
  const [open, setOpen] = useState<Open>(null);
  const [said, setSaid] = useState('');
  const returnTo = useRef<string | null>(null);
  // Today in Sweden, to mark measures past their date (the page's clock, as the API's `today`).
  const today = todayInSweden();
  const rows = actionPlanRows(focusArea.work, parties, today);
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

  const actions = mayAct
    ? (row: (typeof rows)[number]) => (
        <MeasureActions
          measure={row.measure}
          removal={removal}
          onOpen={(form) => {
            setSaid('');
            setOpen({ measureId: row.measure.measureId, form });
          }}
        />
      )
    : undefined;

  return (
    <section className="fap-subsection fap-plan print-part-root" aria-labelledby={headingId}>
      <div className="fap-plan__head">
        <h3 id={headingId} ref={removal.headingRef} tabIndex={-1}>
          Åtgärdsplan
        </h3>
        {measures.length > 0 ? <PrintPlanButton /> : null}
      </div>
      <p className="print-only fap-plan__print-title">
        Åtgärdsplan för fokusområdet {focusArea.title}, cykel {focusArea.cycle}
        {agreement ? `, ${agreement.agreement.name}` : ''}. Utskriven {formatDate(today)}.
      </p>
      {measures.length === 0 ? <p className="fap-empty">Inga åtgärder är planerade ännu.</p> : null}
      {measures.length > 0 ? <ActionPlanLayout rows={rows} {...(actions ? { actions } : {})} /> : null}
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
        <p className="fap-hint">En åtgärd kan läggas till när det finns minst en orsak; målet kan sättas efteråt.</p>
      ) : null}
    </section>
  );
}
