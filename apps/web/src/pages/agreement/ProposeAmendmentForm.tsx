import { useState, type FormEvent } from 'react';
import { useCommand } from '../../api/queries';
import {
  CHILD_IMPACT_ASSESSMENT_POLICIES,
  PARTY_KINDS,
  type AgreementDetail,
  type AmendmentChangeRequest,
  type ChildImpactAssessmentPolicy,
  type PartyKind,
} from '../../api/schema';
import { Button, FormField, ProblemMessage, TextArea, TextField, useAnnounce } from '../../ui';
import { PARTY_KIND_LABEL } from '../admin/admin-labels';
import { CHILD_IMPACT_ASSESSMENT_LABEL } from '../admin/PolicyFieldset';

type ChangeKind = 'addParty' | 'removeParty' | 'changePeriod' | 'changeChildImpact';

const CHANGE_LABEL: Readonly<Record<ChangeKind, string>> = {
  addParty: 'En ny part ansluter',
  removeParty: 'En part utträder',
  changePeriod: 'Perioden förlängs eller förkortas',
  changeChildImpact: 'Kravet på barnkonsekvensanalys ändras',
};

interface FormState {
  readonly kind: ChangeKind;
  readonly effectiveFrom: string;
  readonly grounds: string;
  readonly partyName: string;
  readonly partyId: string;
  readonly partyKind: PartyKind;
  readonly signatoryFunction: string;
  readonly signedOn: string;
  readonly removedPartyId: string;
  readonly from: string;
  readonly to: string;
  readonly childImpactAssessment: ChildImpactAssessmentPolicy;
}

/** The change the form describes, in the API's shape; the API judges it and names what is wrong. */
export const changeOf = (form: FormState, policy: AgreementDetail['agreement']['policy']): AmendmentChangeRequest => {
  switch (form.kind) {
    case 'addParty':
      return {
        kind: 'addParty',
        party: { partyId: form.partyId.trim(), name: form.partyName.trim(), kind: form.partyKind },
        signatory: { function: form.signatoryFunction.trim(), signedOn: form.signedOn },
      };
    case 'removeParty':
      return { kind: 'removeParty', partyId: form.removedPartyId };
    case 'changePeriod':
      return { kind: 'changePeriod', period: { from: form.from, to: form.to } };
    case 'changeChildImpact':
      return { kind: 'changePolicy', policy: { ...policy, childImpactAssessment: form.childImpactAssessment } };
  }
};

/** A coordinator proposes an amendment; the parties in force today decide it by consensus. */
export const ProposeAmendmentForm = ({ detail }: { detail: AgreementDetail }) => {
  const { agreement, revision } = detail;
  const command = useCommand();
  const announce = useAnnounce();
  const [form, setForm] = useState<FormState>({
    kind: 'addParty',
    effectiveFrom: '',
    grounds: '',
    partyName: '',
    partyId: '',
    partyKind: 'other',
    signatoryFunction: '',
    signedOn: '',
    removedPartyId: agreement.parties[0]?.partyId ?? '',
    from: agreement.period.from,
    to: agreement.period.to,
    childImpactAssessment: agreement.policy.childImpactAssessment ?? 'everyFocusArea',
  });
  const set = (change: Partial<FormState>) => setForm((current) => ({ ...current, ...change }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    command.mutate(
      {
        method: 'POST',
        path: `/agreements/${encodeURIComponent(agreement.agreementId)}/amendments`,
        body: { effectiveFrom: form.effectiveFrom, grounds: form.grounds.trim(), changes: [changeOf(form, agreement.policy)] },
        ifMatch: `"${revision}"`,
      },
      { onSuccess: () => announce('Ändringen föreslogs. Parterna beslutar om den.') },
    );
  };
  return (
    <section aria-labelledby="foresla-andring" className="agreement-section">
      <h2 id="foresla-andring">Föreslå en ändring</h2>
      <p>Alla parter som är bundna av överenskommelsen i dag måste godkänna ändringen innan den gäller.</p>
      <ProblemMessage error={command.error} title="Ändringen kunde inte föreslås" />
      <form onSubmit={submit} noValidate className="form">
        <FormField label="Vad ändras?" required>
          {(control) => (
            <select {...control} className="input" value={form.kind} onChange={(e) => set({ kind: e.target.value as ChangeKind })}>
              {(Object.keys(CHANGE_LABEL) as ChangeKind[]).map((kind) => (
                <option key={kind} value={kind}>
                  {CHANGE_LABEL[kind]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {form.kind === 'addParty' ? (
          <>
            <TextField label="Partens namn" required value={form.partyName} onChange={(e) => set({ partyName: e.target.value })} />
            <TextField
              label="Partens id"
              required
              hint="Små bokstäver, siffror och bindestreck."
              value={form.partyId}
              onChange={(e) => set({ partyId: e.target.value })}
            />
            <FormField label="Slag av part" required>
              {(control) => (
                <select {...control} className="input" value={form.partyKind} onChange={(e) => set({ partyKind: e.target.value as PartyKind })}>
                  {PARTY_KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {PARTY_KIND_LABEL[kind]}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            <TextField
              label="Undertecknad av (funktion)"
              required
              hint="Funktionen, aldrig personens namn."
              value={form.signatoryFunction}
              onChange={(e) => set({ signatoryFunction: e.target.value })}
            />
            <TextField label="Undertecknad den" required type="date" value={form.signedOn} onChange={(e) => set({ signedOn: e.target.value })} />
          </>
        ) : null}
        {form.kind === 'removeParty' ? (
          <FormField label="Part som utträder" required>
            {(control) => (
              <select {...control} className="input" value={form.removedPartyId} onChange={(e) => set({ removedPartyId: e.target.value })}>
                {agreement.parties.map((p) => (
                  <option key={p.partyId} value={p.partyId}>
                    {p.name}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        ) : null}
        {form.kind === 'changePeriod' ? (
          <>
            <TextField label="Gäller från" required type="date" value={form.from} onChange={(e) => set({ from: e.target.value })} />
            <TextField label="Gäller till och med" required type="date" value={form.to} onChange={(e) => set({ to: e.target.value })} />
          </>
        ) : null}
        {form.kind === 'changeChildImpact' ? (
          <FormField label="Barnkonsekvensanalys" required>
            {(control) => (
              <select
                {...control}
                className="input"
                value={form.childImpactAssessment}
                onChange={(e) => set({ childImpactAssessment: e.target.value as ChildImpactAssessmentPolicy })}
              >
                {CHILD_IMPACT_ASSESSMENT_POLICIES.map((option) => (
                  <option key={option} value={option}>
                    {CHILD_IMPACT_ASSESSMENT_LABEL[option]}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        ) : null}
        <TextField label="Gäller från och med" required type="date" value={form.effectiveFrom} onChange={(e) => set({ effectiveFrom: e.target.value })} />
        <TextArea
          label="Skäl"
          required
          hint="Varför överenskommelsen ändras. Skriv inte personnummer eller uppgifter om enskilda personer."
          value={form.grounds}
          onChange={(e) => set({ grounds: e.target.value })}
        />
        <div className="actions">
          <Button type="submit" busy={command.isPending}>
            Föreslå ändringen
          </Button>
        </div>
      </form>
    </section>
  );
};
