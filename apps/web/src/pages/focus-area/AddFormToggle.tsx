import { useId, useRef, useState, type ReactNode } from 'react';
import { Button } from '../../ui';

/**
 * "Lägg till …" behind a button once the list has something in it, so the page stays short on a
 * tablet; open from the start while the list is empty. A closed form is hidden, not removed, so
 * what was typed in it is kept.
 */
export function AddFormToggle({ label, startOpen, children }: { label: string; startOpen: boolean; children: ReactNode }) {
  const [open, setOpen] = useState(startOpen);
  const regionId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  return (
    <div className="fap-add">
      {open ? null : (
        <Button
          ref={buttonRef}
          variant="secondary"
          aria-expanded={false}
          aria-controls={regionId}
          onClick={() => {
            setOpen(true);
            // The form's first field takes focus once it is shown.
            window.setTimeout(() => document.getElementById(regionId)?.querySelector<HTMLElement>('input, textarea, select')?.focus(), 0);
          }}
        >
          <span aria-hidden="true">+ </span>
          {label}
        </Button>
      )}
      <div id={regionId} hidden={!open}>
        {children}
        {open && !startOpen ? (
          <Button
            variant="link"
            className="fap-add__close"
            onClick={() => {
              setOpen(false);
              window.setTimeout(() => buttonRef.current?.focus(), 0);
            }}
          >
            Stäng formuläret
          </Button>
        ) : null}
      </div>
    </div>
  );
}
