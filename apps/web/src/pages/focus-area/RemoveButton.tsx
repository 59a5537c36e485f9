import { useEffect, useRef, useState } from 'react';
import { Button } from '../../ui';

/**
 * Removal in two steps without a modal: "Ta bort" turns into a confirm and a cancel button, focus
 * on the confirm. The accessible names say what is removed ("Ta bort källan Trygghetsmätning 2024").
 */
export function RemoveButton({ what, onConfirm, busy }: { what: string; onConfirm: () => void; busy: boolean }) {
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const askRef = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (asked.current) askRef.current?.focus();
    asked.current = asking;
  }, [asking]);

  if (!asking)
    return (
      <Button ref={askRef} variant="link" onClick={() => setAsking(true)} aria-label={`Ta bort ${what}`}>
        Ta bort
      </Button>
    );
  return (
    <span className="fap-confirm">
      <Button
        ref={confirmRef}
        variant="danger"
        busy={busy}
        onClick={() => {
          onConfirm();
        }}
        aria-label={`Ja, ta bort ${what}`}
      >
        Ja, ta bort
      </Button>
      <Button variant="secondary" onClick={() => setAsking(false)} aria-label={`Avbryt, behåll ${what}`}>
        Avbryt
      </Button>
    </span>
  );
}
