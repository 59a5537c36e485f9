import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

/**
 * A polite live region (role="status"): screen readers read what is put in it without moving focus.
 * It is in the page from the start, empty, because a region added together with its text is often
 * not announced. `visible` shows the message as a notice too (a sighted keyboard user needs it as well).
 */
export const LiveRegion = ({ message, visible = false, tone = 'success' }: { message: string; visible?: boolean; tone?: 'success' | 'info' }) => (
  <div role="status" aria-live="polite" aria-atomic="true" className={visible && message ? `notice notice--${tone}` : 'visually-hidden'}>
    {message ? <p>{message}</p> : null}
  </div>
);

const AnnounceContext = createContext<(message: string) => void>(() => undefined);

/** One hidden live region for the whole app; `useAnnounce()` puts a sentence in it. */
export const AnnouncerProvider = ({ children }: { children: ReactNode }) => {
  const [message, setMessage] = useState('');
  const announce = useCallback((text: string) => {
    // Clearing first makes a repeated sentence count as a change, so it is read again.
    setMessage('');
    window.setTimeout(() => setMessage(text), 50);
  }, []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <LiveRegion message={message} />
    </AnnounceContext.Provider>
  );
};

export const useAnnounce = () => useContext(AnnounceContext);
