import { Button } from '../../ui';

export const STALE_TEXT = 'Någon annan har ändrat fokusområdet medan du arbetade. Sidan visar nu det senaste.';

/**
 * Said when a command came back 412 (stale If-Match) or 409 (a writer at the same moment): the
 * page has already been read again. An assertive live region present from the start, so it is
 * announced even when the form that was sent is no longer offered in the fresh state.
 */
export function StaleRevisionNotice({ shown, onDismiss }: { shown: boolean; onDismiss: () => void }) {
  return (
    <div aria-live="assertive" aria-atomic="true" className="fap-stale">
      {shown ? (
        <div className="notice notice--warning fap-stale__notice">
          <p className="fap-stale__text">{STALE_TEXT}</p>
          <p>Det du hade skrivit finns kvar i formuläret. Kontrollera det mot det senaste och skicka igen.</p>
          <Button
            variant="secondary"
            onClick={() => {
              onDismiss();
              // The button goes with the notice: focus moves to the page's heading, not to the document's top.
              document.querySelector<HTMLElement>('main h1')?.focus();
            }}
          >
            Stäng meddelandet
          </Button>
        </div>
      ) : null}
    </div>
  );
}
