import type { RegisterAgreementData } from '@samverkan/agreements';
import type { TestActor } from './event-log.js';
import { agreementStreamId } from '@samverkan/shared-kernel';

/** Lomma's agreement (config/agreements/lomma-2023-2027.json), cut to what the specs need. */
export const AGREEMENT_ID = 'lomma-2023-2027';
export const AGREEMENT_STREAM = agreementStreamId(AGREEMENT_ID);
export const MUNICIPALITY = 'lomma-kommun';
export const POLICE = 'lpo-kavlinge';
export const PARTIES = [MUNICIPALITY, POLICE] as const;

export const actors = {
  administrator: { actorId: 'admin', actorRole: 'administrator' },
  coordinator: { actorId: 'lomma.samordnare', actorRole: 'coordinator', onBehalfOfPartyId: MUNICIPALITY },
  municipalityRepresentative: { actorId: 'lomma.rad.kommun', actorRole: 'councilRepresentative', onBehalfOfPartyId: MUNICIPALITY },
  policeRepresentative: { actorId: 'lomma.rad.polis', actorRole: 'councilRepresentative', onBehalfOfPartyId: POLICE },
  policeSubstitute: { actorId: 'lomma.ersattare.polis', actorRole: 'councilSubstitute', onBehalfOfPartyId: POLICE },
} as const satisfies Record<string, TestActor>;

/** The representative (or substitute) who decides for a party. */
export const representativeOf = (partyId: string): TestActor => (partyId === POLICE ? actors.policeRepresentative : actors.municipalityRepresentative);

export const lommaRegistration: RegisterAgreementData = {
  agreementId: AGREEMENT_ID,
  name: 'Samverkansöverenskommelse mellan lokalpolisområde Kävlinge och Lomma kommun 2023–2027',
  municipality: 'Lomma',
  parties: [
    { partyId: MUNICIPALITY, name: 'Lomma kommun', kind: 'municipality' },
    { partyId: POLICE, name: 'Lokalpolisområde Kävlinge', kind: 'localPoliceArea', organisationNumber: '202100-0076' },
  ],
  period: { from: '2023-01-01', to: '2027-12-31' },
  council: { name: 'Trygghetsrådets styrgrupp' },
  operativeGroup: { name: 'Trygghetsrådets samverkansgrupp' },
  obligations: [
    { kind: 'councilMeetings', perYear: 4, description: 'Styrgruppen sammanträder fyra gånger per år.' },
    {
      kind: 'situationPictureUpdate',
      everyYears: 1,
      description: 'Trygghetsrådet presenterar varje år en gemensam lägesbild.',
      source: 'Varje år ska trygghetsrådet presentera en gemensam lägesbild som ska analyseras och resultera i förslag på åtgärder.',
    },
    { kind: 'agreementRenewal', dueBy: '2027-12-31', description: 'En ny samverkansöverenskommelse tas fram under 2027.' },
  ],
};
