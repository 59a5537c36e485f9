import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';

export interface DialogProps {
  readonly open: boolean;
  readonly title: string;
  /** Called when the dialog closes by Esc, by its close button or by the caller. */
  readonly onClose: () => void;
  readonly children: ReactNode;
  /** What takes focus when the dialog opens; by default its first control. */
  readonly initialFocus?: RefObject<HTMLElement | null>;
  /** Where focus goes when it closes, when not back to the control that opened it (e.g. a result message). */
  readonly returnFocus?: RefObject<HTMLElement | null>;
}

const FOCUSABLE = 'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

/**
 * A modal built on the native <dialog>: showModal() keeps focus inside it and makes the rest of the
 * page inert, Esc closes it, and it is announced by its heading. On close, focus goes back to the
 * control that opened it (or to `returnFocus`) when it is still on the page.
 */
export const Dialog = ({ open, title, onClose, children, initialFocus, returnFocus }: DialogProps) => {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      (initialFocus?.current ?? dialog.querySelector<HTMLElement>(FOCUSABLE))?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open, initialFocus]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const closed = () => {
      const target = returnFocus?.current ?? opener.current;
      if (target?.isConnected) target.focus();
      onClose();
    };
    dialog.addEventListener('close', closed);
    return () => dialog.removeEventListener('close', closed);
  }, [onClose, returnFocus]);

  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId}>
      <h2 id={titleId} className="dialog__title">
        {title}
      </h2>
      {open ? children : null}
    </dialog>
  );
};
