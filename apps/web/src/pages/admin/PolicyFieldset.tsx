import { CHILD_IMPACT_ASSESSMENT_POLICIES, TRANSITION_KINDS, type ChildImpactAssessmentPolicy, type TransitionKind } from '../../api/schema';
import { capitalise, TRANSITION_LABEL } from '../../ui';
import { FieldAnchor } from './ErrorSummary';

/** When the agreement demands a child impact assessment before measures are decided, as the officials say it. */
export const CHILD_IMPACT_ASSESSMENT_LABEL: Readonly<Record<ChildImpactAssessmentPolicy, string>> = {
  childrenAndYoungPeople: 'Barnkonsekvensanalys i fokusområden som rör barn och unga (standard)',
  everyFocusArea: 'Barnkonsekvensanalys i varje fokusområde innan åtgärder beslutas',
  never: 'Överenskommelsen kräver ingen barnkonsekvensanalys',
};

interface Props {
  readonly custom: boolean;
  readonly decisionRequired: Readonly<Record<TransitionKind, boolean>>;
  readonly childImpactAssessment: ChildImpactAssessmentPolicy;
  readonly baselineMayFollow: boolean;
  readonly error: string | undefined;
  readonly onChange: (custom: boolean, decisionRequired: Readonly<Record<TransitionKind, boolean>>) => void;
  readonly onSettings: (settings: { childImpactAssessment: ChildImpactAssessmentPolicy; baselineMayFollow: boolean }) => void;
}

/**
 * Which transitions of a focus area need the council's decision (without a choice the API's
 * default applies), when a child impact assessment is due, and whether a baseline may follow.
 */
export const PolicyFieldset = ({ custom, decisionRequired, childImpactAssessment, baselineMayFollow, error, onChange, onSettings }: Props) => (
  <fieldset className="admin-fieldset">
    <legend>Beslutsordning</legend>
    <p className="field__hint">Rådet beslutar i samförstånd: ett förslag går igenom när alla parter har godkänt det.</p>
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
    <FieldAnchor field="policy.childImpactAssessment">
      <fieldset className="admin-checkboxes">
        <legend className="field__label">Barnkonsekvensanalys</legend>
        {CHILD_IMPACT_ASSESSMENT_POLICIES.map((option) => (
          <div key={option} className="admin-radio">
            <input
              type="radio"
              id={`child-impact-${option}`}
              name="childImpactAssessment"
              checked={childImpactAssessment === option}
              onChange={() => onSettings({ childImpactAssessment: option, baselineMayFollow })}
            />
            <label htmlFor={`child-impact-${option}`}>{CHILD_IMPACT_ASSESSMENT_LABEL[option]}</label>
          </div>
        ))}
      </fieldset>
    </FieldAnchor>
    <label className="admin-checkbox">
      <input type="checkbox" checked={baselineMayFollow} onChange={(e) => onSettings({ childImpactAssessment, baselineMayFollow: e.target.checked })} />
      Ett mål får sättas innan utgångsvärdet är uppmätt (utgångsvärdet mäts senare)
    </label>
  </fieldset>
);
