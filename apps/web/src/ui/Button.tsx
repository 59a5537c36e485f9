import type { ButtonHTMLAttributes, MouseEvent, Ref } from 'react';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  readonly variant?: 'primary' | 'secondary' | 'danger' | 'danger-outline' | 'link';
  /** While a request runs: the button stays focusable (aria-disabled, not disabled) but does nothing. */
  readonly busy?: boolean;
  readonly ref?: Ref<HTMLButtonElement>;
}

/**
 * A real <button> (Enter and Space work, it is in the tab order), `type="button"` unless told
 * otherwise so it never submits a form by accident. A busy button keeps its focus, so a keyboard
 * user is not thrown back to the top of the page while a decision is being saved.
 */
export const Button = ({ variant = 'primary', busy = false, type = 'button', className, onClick, children, ...rest }: ButtonProps) => (
  <button
    {...rest}
    type={type}
    className={['button', `button--${variant}`, className].filter(Boolean).join(' ')}
    aria-disabled={busy || rest['aria-disabled'] || undefined}
    onClick={(event: MouseEvent<HTMLButtonElement>) => {
      if (busy) {
        event.preventDefault();
        return;
      }
      onClick?.(event);
    }}
  >
    {children}
    {busy ? <span className="button__busy" aria-hidden="true" /> : null}
  </button>
);
