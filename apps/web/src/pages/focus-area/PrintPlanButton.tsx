import { Button } from '../../ui';

/** The class on <html> that print.css reads: print only the part marked `.print-part-root`. */
export const PRINT_PART_CLASS = 'print-part';

/**
 * "Skriv ut åtgärdsplanen": the browser's own print dialog (which also saves a PDF), with only the
 * action plan on landscape A4 pages. The rest of the page is left out while the dialog is open.
 */
export function PrintPlanButton() {
  const print = () => {
    const root = document.documentElement;
    const done = () => {
      root.classList.remove(PRINT_PART_CLASS);
      window.removeEventListener('afterprint', done);
    };
    root.classList.add(PRINT_PART_CLASS);
    window.addEventListener('afterprint', done);
    window.print();
  };
  return (
    <Button variant="secondary" className="fap-plan__print" onClick={print}>
      Skriv ut åtgärdsplanen
    </Button>
  );
}
