import { useId } from 'react';
import { Link } from 'react-router';
import type { AgreementSummary } from '../api/schema';
import { useCurrentAgreement } from './current-agreement';

/** "Lomma 2023–2027": short enough for the header; the full name is the option's title. */
export const shortAgreementName = (a: AgreementSummary): string => `${a.municipality} ${a.period.from.slice(0, 4)}–${a.period.to.slice(0, 4)}`;

/** To the chosen agreement as signed and amended (the agreement page). */
const AgreementLink = () => (
  <Link to="/overenskommelsen" className="agreement-chooser__link">
    Visa överenskommelsen
  </Link>
);

/** Which of the user's agreements the pages show. Only the user's own agreements are listed. */
export const AgreementChooser = () => {
  const { agreements, agreement, choose } = useCurrentAgreement();
  const id = useId();
  if (!agreement) return null;
  if (agreements.length === 1) {
    return (
      <p className="agreement-chooser">
        <span className="agreement-chooser__label">Överenskommelse:</span> <span title={agreement.name}>{shortAgreementName(agreement)}</span>{' '}
        <AgreementLink />
      </p>
    );
  }
  return (
    <div className="agreement-chooser">
      <label className="agreement-chooser__label" htmlFor={id}>
        Överenskommelse
      </label>
      <select id={id} className="select" value={agreement.agreementId} onChange={(e) => choose(e.target.value)}>
        {agreements.map((a) => (
          <option key={a.agreementId} value={a.agreementId} title={a.name}>
            {shortAgreementName(a)}
          </option>
        ))}
      </select>{' '}
      <AgreementLink />
    </div>
  );
};
