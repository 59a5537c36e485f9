import { TRANSITION_KINDS, type TransitionKind } from '../../api/schema';
import { capitalise, TRANSITION_LABEL } from '../../ui';
import { FieldAnchor } from './ErrorSummary';

interface Props {
  readonly custom: boolean;
  readonly decisionRequired: Readonly<Record<TransitionKind, boolean>>;
  readonly error: string | undefined;
  readonly onChange: (custom: boolean, decisionRequired: Readonly<Record<TransitionKind, boolean>>) => void;
}

/** Which transitions of a focus area need the council's decision; without a choice the API's default applies. */
export const PolicyFieldset = ({ custom, decisionRequired, error, onChange }: Props) => (
  <fieldset className="admin-fieldset">
    <legend>Beslutsordning</legend>
    <div className="admin-radio">
      <input type="radio" id="policy-default" name="policy" checked={!custom} onChange={() => onChange(false, decisionRequired)} />
      <label htmlFor="policy-default">Standard: det strategiska rådet beslutar om varje steg framåt</label>
    </div>
    <div className="admin-radio">
      <input type="radio" id="policy-custom" name="policy" checked={custom} onChange={() => onChange(true, decisionRequired)} />
      <label htmlFor="policy-custom">Välj själv vilka övergångar som kräver rådets beslut</label>
    </div>
    {custom ? (
      <FieldAnchor field="policy.decisionRequired">
        <fieldset className="admin-checkboxes">
          <legend className="field__label">Kräver beslut i rådet</legend>
          {error ? <p className="field__error">{error}</p> : null}
          {TRANSITION_KINDS.map((kind) => (
            <label key={kind} className="admin-checkbox">
              <input
                type="checkbox"
                checked={decisionRequired[kind]}
                onChange={(e) => onChange(true, { ...decisionRequired, [kind]: e.target.checked })}
              />
              {capitalise(TRANSITION_LABEL[kind])}
            </label>
          ))}
        </fieldset>
      </FieldAnchor>
    ) : null}
  </fieldset>
);
