import { Button } from '../../ui';
import type { Measure } from '../../api/schema';
import { useFocusAreaPage } from './FocusAreaContext';
import { RemoveButton } from './RemoveButton';

export type MeasureFormKind = 'edit' | 'status';

/** Ändra, Följ upp, Ta bort for one measure: what the coordinator may do with it now. */
export function MeasureActions({
  measure,
  onOpen,
  removal,
}: {
  measure: Measure;
  onOpen: (form: MeasureFormKind) => void;
  removal: { readonly busy: boolean; remove: (path: string, done: string) => void };
}) {
  const { can } = useFocusAreaPage();
  return (
    <div className="fap-plan__buttons">
      {can('PlanMeasure') ? (
        <Button
          id={`fap-edit-measure-${measure.measureId}`}
          variant="secondary"
          aria-label={`Ändra åtgärden ${measure.activity}`}
          onClick={() => onOpen('edit')}
        >
          Ändra
        </Button>
      ) : null}
      {can('UpdateMeasureStatus') ? (
        <Button
          id={`fap-status-measure-${measure.measureId}`}
          variant="secondary"
          aria-label={`Följ upp åtgärden ${measure.activity}`}
          onClick={() => onOpen('status')}
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
  );
}
