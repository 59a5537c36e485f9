import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  decideAgreement,
  evolveAgreement,
  initialAgreementState,
  luhnCheckDigit,
  toAgreementFacts,
  type AgreementCommand,
  type AgreementState,
  type Obligation,
  type Party,
} from '@samverkan/agreements';
import {
  decideFocusArea,
  DEFAULT_DECISION_POLICY,
  evolveFocusArea,
  FOCUS_AREA_MACHINE_VERSION,
  initialFocusAreaState,
  type AgreementFacts,
  type CauseFactor,
  type DecisionPolicy,
  type FocusAreaCommand,
  type FocusAreaMachineEvent,
  type FocusAreaState,
  type MeasureStatus,
  type SourceKind,
  type Step,
  type TransitionKind,
} from '@samverkan/cycle';
import type { EventToAppend } from '@samverkan/event-store';
import { SqliteEventStore } from '@samverkan/event-store/sqlite';
import { type DomainEvent, type EventMetadata, type Role, agreementStreamId, focusAreaStreamId } from '@samverkan/shared-kernel';

/**
 * A generator of large, realistic event stores for the read-model benchmarks: many agreements
 * (2–3 parties each, sometimes Kriminalvården), each with ~40 focus areas that run the whole cycle
 * over a four-year period — proposed, prioritised by consensus, mapped, analysed, planned (SMART
 * goals, measures due inside the period, a child impact assessment), followed up month by month,
 * evaluated, then a new cycle or closed — with the detours of real work: rejections, step backs,
 * voided proposals, withdrawn focus areas, revised problem statements, a new council member.
 *
 * Every event is decided by the real deciders (`decideAgreement`, `decideFocusArea`) on the state
 * folded from the events before it, so the log is valid and replays. Agreements run side by side
 * in one simulated calendar: the log is in time order across streams (`metadata.occurredAt` never
 * decreases), as it would be in production. Deterministic: a function of (events, seed) only.
 */

/** Raise when the generated history changes: cached stores of an older version are not reused. */
export const GENERATOR_VERSION = 1;

export interface GenerateOptions {
  /** Exactly this many events are written (the last append may be cut short to fit). */
  readonly events: number;
  readonly seed?: number;
  /** Called now and then with the number of events written so far. */
  readonly onProgress?: (written: number) => void;
}

export interface GeneratedStore {
  /** Agreement ids in the order they were registered. */
  readonly agreements: string[];
  readonly focusAreas: number;
  readonly events: number;
  /** occurredAt of the first and the last event (ISO-8601). */
  readonly from: string;
  readonly to: string;
}

// ---------------------------------------------------------------------------------------------
// Deterministic randomness and time

/** mulberry32: small, fast, good enough for choices; the same seed gives the same sequence. */
const prng = (seed: number) => {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const chance = (p: number): boolean => next() < p;
  return { next, int, pick, chance };
};
type Rng = ReturnType<typeof prng>;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const HISTORY_STARTS = Date.UTC(2019, 8, 2, 8, 0); // a Monday morning, autumn 2019

const isoDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const dayOf = (date: string): number => Date.parse(`${date}T00:00:00.000Z`);

// ---------------------------------------------------------------------------------------------
// Names and texts (Swedish, as the officials write them; never anything about a person)

const MUNICIPALITIES = [
  'Lund',
  'Eslöv',
  'Höör',
  'Hörby',
  'Sjöbo',
  'Skurup',
  'Svedala',
  'Staffanstorp',
  'Burlöv',
  'Lomma',
  'Kävlinge',
  'Vellinge',
  'Trelleborg',
  'Ystad',
  'Tomelilla',
  'Simrishamn',
  'Kristianstad',
  'Hässleholm',
  'Osby',
  'Östra Göinge',
  'Bromölla',
  'Åstorp',
  'Bjuv',
  'Klippan',
  'Perstorp',
  'Örkelljunga',
  'Ängelholm',
  'Båstad',
  'Höganäs',
  'Landskrona',
  'Svalöv',
  'Helsingborg',
  'Växjö',
  'Alvesta',
  'Ljungby',
  'Älmhult',
  'Kalmar',
  'Nybro',
  'Karlskrona',
  'Ronneby',
  'Karlshamn',
  'Sölvesborg',
  'Halmstad',
  'Laholm',
  'Falkenberg',
  'Varberg',
  'Kungsbacka',
  'Borås',
  'Alingsås',
  'Lerum',
  'Partille',
  'Mölndal',
  'Kungälv',
  'Uddevalla',
  'Trollhättan',
  'Vänersborg',
  'Skövde',
  'Lidköping',
  'Jönköping',
  'Värnamo',
  'Norrköping',
  'Linköping',
  'Motala',
  'Örebro',
  'Karlstad',
  'Västerås',
  'Eskilstuna',
  'Uppsala',
  'Enköping',
  'Gävle',
  'Sandviken',
  'Falun',
  'Borlänge',
  'Sundsvall',
  'Östersund',
  'Umeå',
  'Skellefteå',
  'Luleå',
  'Piteå',
  'Kiruna',
];
const POLICE_AREAS = ['Mitt', 'Syd', 'Norr', 'Öst', 'Väst', 'Centrum', 'Landsbygd'];
const PRISON_REGIONS = ['Syd', 'Väst', 'Öst', 'Nord', 'Mitt', 'Stockholm'];

const slugOf = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/é/g, 'e')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const FOCUS_TOPICS: readonly { title: string; description: string; young: boolean }[] = [
  {
    title: 'Barn och unga i riskzon',
    description: 'Tidig upptäckt och tidiga insatser för barn och unga som riskerar att dras in i kriminalitet.',
    young: true,
  },
  { title: 'Trygghet i centrum kvällstid', description: 'Ordningsstörningar och otrygghet i centrum under helgkvällar.', young: false },
  { title: 'Bostadsinbrott och grannsamverkan', description: 'Bostadsinbrotten ska minska och fler grannsamverkansområden startas.', young: false },
  { title: 'Alkohol- och tobakstillsyn', description: 'Gemensam tillsyn vid utskänkning och försäljning av alkohol och tobak.', young: false },
  { title: 'Narkotika bland unga', description: 'Unga som använder och säljer narkotika, särskilt kring skolor och fritidsgårdar.', young: true },
  { title: 'Våld i nära relation', description: 'Rutiner för att snabbt ta kontakt, öka anmälningsbenägenheten och möta våldsutövare.', young: false },
  { title: 'Skadegörelse och klotter', description: 'Skadegörelse på skolor, busskurer och kommunala fastigheter.', young: false },
  { title: 'Trafiksäkerhet och buskörning', description: 'Hastighetsöverträdelser och buskörning med moped i bostadsområden.', young: false },
  { title: 'Trygghet i kollektivtrafiken', description: 'Otrygghet vid stationer och på bussar sena kvällar.', young: false },
  { title: 'Avhopp från kriminella miljöer', description: 'Former och rutiner för stöd till den som vill lämna en kriminell livsstil.', young: false },
  { title: 'Skolans trygghet', description: 'Hot och våld i skolmiljön och på skolvägen.', young: true },
  { title: 'Otrygga platser i bostadsområden', description: 'Mörka gångstråk och parker som upplevs otrygga.', young: false },
  { title: 'Bedrägerier mot äldre', description: 'Telefon- och bankbedrägerier som drabbar äldre invånare.', young: false },
  { title: 'Fritid för unga på sommarlovet', description: 'Meningsfull fritid och vuxennärvaro för unga under sommarlovet.', young: true },
  { title: 'Organiserad brottslighet i näringslivet', description: 'Välfärdsbrott och kriminell infiltration i lokala verksamheter.', young: false },
  { title: 'Vuxennärvaro på helger', description: 'Föräldravandringar och fältarbete när unga samlas på helgerna.', young: true },
];

const WHERE = [
  'centrum och stationsområdet',
  'skolgården och idrottsplatsen',
  'hamnen och strandpromenaden',
  'köpcentrumet',
  'bostadsområdet i norr',
  'parken vid biblioteket',
  'busstorget',
];
const WHEN = [
  'fredag och lördag kväll',
  'vardagar efter skoltid',
  'sommarlovet',
  'helger under terminerna',
  'sena kvällar året runt',
  'vid skolavslutningar och högtider',
];
const HOW_OFTEN = ['varje helg', 'flera gånger i veckan', 'ett par gånger i månaden', 'dagligen under sommaren', 'återkommande varje termin'];
const SOURCE_KINDS: readonly { kind: SourceKind; title: string }[] = [
  { kind: 'crimeStatistics', title: 'Anmälda brott enligt polisens statistik' },
  { kind: 'safetySurvey', title: 'Polisens trygghetsmätning' },
  { kind: 'citizenDialogue', title: 'Medborgardialog i stadsdelen' },
  { kind: 'est', title: 'Veckolägesbilden (EST)' },
  { kind: 'other', title: 'Skolornas trivselenkät' },
  { kind: 'other', title: 'Fältgruppens iakttagelser' },
];
const CAUSES: readonly { factor: CauseFactor; description: string }[] = [
  { factor: 'place', description: 'Dålig belysning och skymd sikt längs gångstråken' },
  { factor: 'time', description: 'Få vuxna ute sena helgkvällar' },
  { factor: 'risk', description: 'Tidig alkoholdebut och skolfrånvaro' },
  { factor: 'protective', description: 'Svag anknytning till föreningsliv och fritidsverksamhet' },
  { factor: 'actor', description: 'En mindre grupp som återkommer och drar med sig yngre' },
  { factor: 'other', description: 'Brister i informationsutbytet mellan förvaltningarna' },
];
const MEASURES = [
  'Nattvandring med föräldrar',
  'Förstärkt belysning i parken',
  'Fältassistenter på plats helgkvällar',
  'Gemensamma tillsynsbesök',
  'Trygghetsvandring med boende',
  'Föräldramöten om droger',
  'Sommarjobb för unga',
  'Kameraövervakning vid stationen',
  'Utbildning för personal i skolan',
  'Grannsamverkan startas i nya områden',
  'Riktade trafikkontroller',
  'Sociala insatsgrupper',
  'Öppen fritidsgård fredagskvällar',
];
const INDICATORS = [
  'Problemindex i trygghetsmätningen',
  'Antal anmälda brott per kvartal',
  'Andel elever som känner sig trygga',
  'Antal ordningsstörningar per månad',
];
const FUNCTIONS = ['Säkerhetschef', 'Kommunpolis', 'Fältsamordnare', 'Rektor', 'Fritidschef', 'Tillsynshandläggare', 'Kriminalvårdsinspektör'];

// ---------------------------------------------------------------------------------------------
// The simulation: one calendar, a queue of actors ordered by when they act next

/** An actor's script: it acts when resumed and yields how many ms to wait before its next act. */
type Script = Generator<number, void, void>;

interface Scheduled {
  at: number;
  seq: number;
  script: Script;
}

class Calendar {
  private heap: Scheduled[] = [];
  private seq = 0;
  now = HISTORY_STARTS;

  schedule(at: number, script: Script): void {
    const item = { at, seq: this.seq++, script };
    const h = this.heap;
    h.push(item);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!Calendar.before(item, h[parent]!)) break;
      h[i] = h[parent]!;
      i = parent;
    }
    h[i] = item;
  }

  /** Runs the next actor; false when nobody is left. */
  step(): boolean {
    const h = this.heap;
    const top = h[0];
    if (!top) return false;
    const last = h.pop()!;
    if (h.length > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let smallest = i;
        const candidate = (j: number) => (j === i ? last : h[j]!);
        if (l < h.length && Calendar.before(h[l]!, candidate(smallest))) smallest = l;
        if (r < h.length && Calendar.before(h[r]!, candidate(smallest))) smallest = r;
        if (smallest === i) break;
        h[i] = h[smallest]!;
        i = smallest;
      }
      h[i] = last;
    }
    this.now = Math.max(this.now, top.at);
    const next = top.script.next();
    if (!next.done) this.schedule(this.now + Math.max(0, next.value), top.script);
    return true;
  }

  private static before(a: Scheduled, b: Scheduled): boolean {
    return a.at < b.at || (a.at === b.at && a.seq < b.seq);
  }
}

/** Thrown (and caught) when the wanted number of events has been written. */
class Enough extends Error {}

// ---------------------------------------------------------------------------------------------

interface Actor {
  readonly userId: string;
  readonly role: Role;
  readonly partyId?: string;
}

interface AgreementRun {
  readonly agreementId: string;
  readonly slug: string;
  readonly parties: readonly Party[];
  readonly municipality: Party;
  readonly period: { from: string; to: string };
  readonly periodEnd: number;
  /** The cycle's input, from the registered agreement (`toAgreementFacts`). */
  facts: AgreementFacts;
  readonly coordinators: readonly Actor[];
  /** The current representative of each party (one of them is replaced mid-period). */
  readonly representatives: Map<string, Actor>;
  readonly substitutes: Map<string, Actor>;
  state: AgreementState;
}

/** Events per agreement over its whole period, roughly; used to spread the agreements in time. */
const EVENTS_PER_AGREEMENT_ESTIMATE = 2_500;

class HistoryWriter {
  private readonly rng: Rng;
  private readonly calendar = new Calendar();
  private readonly pending: Promise<unknown>[] = [];
  private written = 0;
  private appends = 0;
  private first: string | undefined;
  private last: string | undefined;
  private nextEventId = 0;
  readonly agreements: string[] = [];
  private usedAgreementIds = new Set<string>();
  focusAreas = 0;

  constructor(
    private readonly store: SqliteEventStore,
    private readonly wanted: number,
    private readonly seed: number,
    private readonly onProgress: ((written: number) => void) | undefined,
  ) {
    this.rng = prng(seed * 0x9e3779b1 + 17);
  }

  async run(): Promise<GeneratedStore> {
    const estimated = Math.max(2, Math.round(this.wanted / EVENTS_PER_AGREEMENT_ESTIMATE));
    // New agreements are signed over about two years, so their periods overlap like real ones.
    const gap = (730 * DAY) / estimated;
    this.calendar.schedule(HISTORY_STARTS, this.signing(gap));
    try {
      while (this.calendar.step()) {
        if (this.pending.length >= 2000) await this.drain();
      }
    } catch (error) {
      if (!(error instanceof Enough)) throw error;
    }
    await this.drain();
    return {
      agreements: this.agreements,
      focusAreas: this.focusAreas,
      events: this.written,
      from: this.first ?? new Date(HISTORY_STARTS).toISOString(),
      to: this.last ?? new Date(HISTORY_STARTS).toISOString(),
    };
  }

  private async drain(): Promise<void> {
    const batch = this.pending.splice(0);
    await Promise.all(batch);
    this.onProgress?.(this.written);
  }

  // ---- time ------------------------------------------------------------------------------------

  /** A wait of minDays..maxDays, landing on a weekday during office hours. */
  private later(minDays: number, maxDays: number): number {
    const now = this.calendar.now;
    const target = now + (minDays + this.rng.next() * (maxDays - minDays)) * DAY;
    let day = Math.floor(target / DAY) * DAY;
    const weekday = new Date(day).getUTCDay();
    if (weekday === 6) day += 2 * DAY;
    if (weekday === 0) day += DAY;
    const at = day + 7 * HOUR + Math.floor(this.rng.next() * 9 * HOUR);
    return at > now ? at - now : this.minutes(5, 60);
  }

  private minutes(min: number, max: number): number {
    return (min + this.rng.next() * (max - min)) * MINUTE;
  }

  // ---- writing ---------------------------------------------------------------------------------

  private append(streamId: string, expectedRevision: number, events: readonly DomainEvent[], actor: Actor, machineVersion?: string): void {
    const remaining = this.wanted - this.written;
    const cut = events.length > remaining ? events.slice(0, remaining) : events;
    if (cut.length > 0) {
      const occurredAt = new Date(this.calendar.now).toISOString();
      const metadata: EventMetadata = {
        actorId: actor.userId,
        actorRole: actor.role,
        ...(actor.partyId ? { onBehalfOfPartyId: actor.partyId } : {}),
        occurredAt,
        correlationId: `c${this.seed}-${this.appends}`,
        ...(machineVersion ? { machineVersion } : {}),
      };
      this.appends += 1;
      const toAppend: EventToAppend[] = cut.map((e) => ({
        eventId: `e${this.seed}-${this.nextEventId++}`,
        type: e.type,
        schemaVersion: e.schemaVersion,
        data: e.data,
        metadata,
      }));
      this.pending.push(this.store.appendToStream(streamId, toAppend, { expectedRevision: expectedRevision < 0 ? 'no_stream' : expectedRevision }));
      this.written += cut.length;
      this.first ??= occurredAt;
      this.last = occurredAt;
    }
    if (this.written >= this.wanted) throw new Enough();
  }

  // ---- agreements ------------------------------------------------------------------------------

  /** Registers a new agreement every `gap` (give or take), for ever: the calendar stops at `wanted`. */
  private *signing(gap: number): Script {
    for (let k = 0; ; k++) {
      this.calendar.schedule(this.calendar.now, this.agreementLife(k));
      yield gap * (0.5 + this.rng.next());
    }
  }

  private newAgreement(k: number): AgreementRun {
    const { rng } = this;
    const name = MUNICIPALITIES[k % MUNICIPALITIES.length]!;
    const slug = slugOf(name);
    // The period starts on the first of a month after signing and lasts four years.
    const signed = new Date(this.calendar.now);
    const fromDate = new Date(Date.UTC(signed.getUTCFullYear(), signed.getUTCMonth() + 1, 1));
    const toDate = new Date(Date.UTC(fromDate.getUTCFullYear() + 4, fromDate.getUTCMonth(), 0));
    const period = { from: isoDate(fromDate.getTime()), to: isoDate(toDate.getTime()) };
    let agreementId = `${slug}-${fromDate.getUTCFullYear()}-${toDate.getUTCFullYear()}`;
    if (this.usedAgreementIds.has(agreementId)) agreementId = `${agreementId}-${k}`;
    this.usedAgreementIds.add(agreementId);
    const orgDigits = `212000${String(1000 + ((k * 37) % 9000)).slice(1)}`;
    const municipality: Party = {
      partyId: `${slug}-kommun`,
      name: `${name} kommun`,
      kind: 'municipality',
      organisationNumber: `${orgDigits.slice(0, 6)}-${orgDigits.slice(6)}${luhnCheckDigit(orgDigits)}`,
    };
    const area = rng.pick(POLICE_AREAS);
    const police: Party = {
      partyId: `lpo-${slug}-${slugOf(area)}`,
      name: `Lokalpolisområde ${name} ${area}`,
      kind: 'localPoliceArea',
      organisationNumber: '202100-0076',
    };
    const parties: Party[] = [municipality, police];
    if (rng.chance(0.3)) {
      const region = rng.pick(PRISON_REGIONS);
      parties.push({ partyId: 'kriminalvarden', name: `Kriminalvården region ${region}`, kind: 'other', organisationNumber: `202100-0225` });
    }
    // Most agreements let the council decide every forward move; some let coordinators advance.
    const policy: DecisionPolicy = rng.chance(0.15)
      ? { decisionRequired: { ...DEFAULT_DECISION_POLICY.decisionRequired, advance: false } }
      : DEFAULT_DECISION_POLICY;
    const user = (suffix: string) => `${agreementId}.${suffix}`;
    const coordinators: Actor[] = [
      { userId: user('samordnare'), role: 'coordinator', partyId: municipality.partyId },
      { userId: user('kommunpolis'), role: 'coordinator', partyId: police.partyId },
    ];
    const representatives = new Map<string, Actor>();
    const substitutes = new Map<string, Actor>();
    parties.forEach((p, i) => {
      representatives.set(p.partyId, { userId: user(`rad-${i + 1}`), role: 'councilRepresentative', partyId: p.partyId });
      if (rng.chance(0.5)) substitutes.set(p.partyId, { userId: user(`ersattare-${i + 1}`), role: 'councilSubstitute', partyId: p.partyId });
    });
    const facts: AgreementFacts = { agreementId, partyIds: parties.map((p) => p.partyId), period, policy };
    return {
      agreementId,
      slug,
      parties,
      municipality,
      period,
      periodEnd: dayOf(period.to) + DAY,
      facts,
      coordinators,
      representatives,
      substitutes,
      state: initialAgreementState(),
    };
  }

  private readonly agreementRevisions = new Map<string, number>();

  private decideForAgreement(run: AgreementRun, command: AgreementCommand, actor: Actor): void {
    const events = decideAgreement(command, run.state);
    const expected = this.agreementRevisions.get(run.agreementId) ?? -1;
    run.state = events.reduce(evolveAgreement, run.state);
    this.agreementRevisions.set(run.agreementId, expected + events.length);
    this.append(agreementStreamId(run.agreementId), expected, events, actor);
  }

  private *agreementLife(k: number): Script {
    const run = this.newAgreement(k);
    const { rng } = this;
    const admin: Actor = { userId: 'admin', role: 'administrator' };
    const obligations: Obligation[] = [
      { kind: 'councilMeetings', perYear: rng.pick([2, 4, 4, 6]), description: 'Styrgruppen sammanträder regelbundet under året.' },
      { kind: 'situationPictureUpdate', everyYears: rng.pick([1, 2]), description: 'Lägesbilden uppdateras i sin helhet.' },
      { kind: 'citizenPromiseRenewal', everyYears: 2, readyBy: '12-31', description: 'Medborgarlöftet förnyas och är klart vid årets slut.' },
      { kind: 'outcomeReport', after: 'period', description: 'En rapport om utfallet görs efter perioden.' },
    ];
    this.decideForAgreement(
      run,
      {
        type: 'RegisterAgreement',
        data: {
          agreementId: run.agreementId,
          name: `Samverkansöverenskommelse ${run.municipality.name} och polisen ${run.period.from.slice(0, 4)}–${run.period.to.slice(0, 4)}`,
          municipality: run.municipality.name.replace(/ kommun$/, ''),
          parties: run.parties,
          period: run.period,
          council: { name: rng.pick(['Styrgruppen för trygghet', 'Trygghetsrådet', 'Rådet för trygghet och hälsa']) },
          operativeGroup: { name: 'Operativa samverkansgruppen' },
          policy: run.facts.policy,
          obligations,
        },
      },
      admin,
    );
    run.facts = toAgreementFacts(run.state);
    this.agreements.push(run.agreementId);
    const assignments: AgreementCommand[] = [
      ...run.coordinators.map((c, i) => ({
        type: 'AssignRole' as const,
        data: {
          agreementId: run.agreementId,
          userId: c.userId,
          role: 'coordinator' as const,
          partyId: c.partyId!,
          function: i === 0 ? 'Brottsförebyggande samordnare' : 'Kommunpolis',
        },
      })),
      ...[...run.representatives.values(), ...run.substitutes.values()].map((a) => ({
        type: 'AssignRole' as const,
        data: {
          agreementId: run.agreementId,
          userId: a.userId,
          role: a.role as 'councilRepresentative',
          partyId: a.partyId!,
          function: 'Ledamot i styrgruppen',
        },
      })),
      { type: 'AssignRole', data: { agreementId: run.agreementId, userId: `${run.agreementId}.revisor`, role: 'auditor', function: 'Revisor' } },
    ];
    for (const command of assignments) {
      yield this.minutes(1, 10);
      this.decideForAgreement(run, command, admin);
    }

    // The focus areas: a first handful from the situation picture, then more each year.
    const count = rng.int(25, 55);
    const start = this.calendar.now;
    for (let n = 0; n < count; n++) {
      const offset = n < 8 ? rng.next() * 60 * DAY : rng.next() * 2.5 * 365 * DAY;
      this.calendar.schedule(start + offset, this.focusAreaLife(run, n));
    }

    // Halfway through, one party's council member is replaced (an election, a new chief).
    yield this.later(600, 800);
    const partyId = rng.pick(run.facts.partyIds);
    const old = run.representatives.get(partyId)!;
    const replacement: Actor = { userId: `${old.userId}-ny`, role: 'councilRepresentative', partyId };
    this.decideForAgreement(
      run,
      {
        type: 'AssignRole',
        data: { agreementId: run.agreementId, userId: replacement.userId, role: 'councilRepresentative', partyId, function: 'Ledamot i styrgruppen' },
      },
      admin,
    );
    run.representatives.set(partyId, replacement);
    yield this.minutes(2, 30);
    this.decideForAgreement(
      run,
      { type: 'RevokeRole', data: { agreementId: run.agreementId, userId: old.userId, role: 'councilRepresentative', partyId } },
      admin,
    );
  }

  // ---- focus areas -----------------------------------------------------------------------------

  private *focusAreaLife(run: AgreementRun, n: number): Script {
    const { rng } = this;
    const focusAreaId = `${run.agreementId}-fa-${n + 1}`;
    const topic = FOCUS_TOPICS[(n + run.agreementId.length) % FOCUS_TOPICS.length]!;
    const fa = new FocusAreaRun(this, run, focusAreaId);
    const coordinator = () => rng.pick(run.coordinators);
    this.focusAreas += 1;

    fa.decide(coordinator(), {
      type: 'ProposeFocusArea',
      data: {
        focusAreaId,
        agreementId: run.agreementId,
        title: n < FOCUS_TOPICS.length ? topic.title : `${topic.title} (${Math.floor(n / FOCUS_TOPICS.length) + 1})`,
        description: topic.description,
        childrenAndYoungPeople: topic.young,
      },
    });
    yield this.later(7, 42);
    if (rng.chance(0.06)) {
      fa.decide(coordinator(), { type: 'WithdrawFocusArea', data: { reason: 'Frågan hanteras inom ett annat fokusområde.' } });
      return;
    }
    yield* fa.transition('prioritise', undefined, 'Lägesbilden visar ett återkommande problem.', function* () {});

    for (;;) {
      // Mapping: one specific, recurring problem, and the sources that show it.
      yield* fa.mapping(true);
      yield this.later(7, 30);
      yield* fa.transition('advance', undefined, 'Kartläggningen är klar.', () => fa.addSource());

      // Analysis: the causes; now and then new information sends the work back to mapping.
      yield* fa.analysis();
      while (rng.chance(0.07)) {
        yield this.later(3, 20);
        fa.decide(coordinator(), { type: 'StepBack', data: { to: 'mapping', reason: 'Ny statistik visar att problemet har flyttat.' } });
        yield* fa.mapping(false);
        yield this.later(5, 20);
        yield* fa.transition('advance', undefined, 'Kartläggningen är uppdaterad.', () => fa.addSource());
        yield* fa.addCauses(1, 2);
      }
      yield this.later(7, 30);
      yield* fa.transition('advance', undefined, 'Orsakerna är analyserade.', () => fa.addCauses(1, 1));

      // Measures: SMART goals, measures due inside the period, the child impact assessment.
      yield* fa.plan();
      if (rng.chance(0.05)) {
        yield this.later(3, 20);
        fa.decide(coordinator(), { type: 'StepBack', data: { to: 'analysis', reason: 'Åtgärderna behöver riktas mot fler orsaker.' } });
        yield* fa.addCauses(1, 2);
        yield this.later(5, 20);
        yield* fa.transition('advance', undefined, 'Analysen är kompletterad.', () => fa.addCauses(1, 1));
        yield* fa.planMeasures(1, 1);
      }
      yield this.later(7, 30);
      yield* fa.transition('advance', undefined, 'Åtgärdsplanen är klar och barnkonsekvensanalysen gjord.', () => fa.reviseMeasure());

      // Evaluation: the measures are followed up over the year, then outcomes and a conclusion.
      yield* fa.followUp();
      if (rng.chance(0.05)) {
        yield this.later(3, 20);
        fa.decide(coordinator(), { type: 'StepBack', data: { to: 'measures', reason: 'En åtgärd kan inte genomföras som planerat.' } });
        yield* fa.reviseMeasure();
        yield this.later(5, 20);
        yield* fa.transition('advance', undefined, 'Åtgärdsplanen är reviderad.', () => fa.reviseMeasure());
        yield* fa.followUp();
      }
      yield* fa.evaluate();
      yield this.later(7, 30);
      const timeLeft = run.periodEnd - this.calendar.now;
      if (timeLeft > 300 * DAY && fa.cycle() < 4 && rng.chance(0.8)) {
        yield* fa.transition('newCycle', undefined, 'Problemet kvarstår; arbetet fortsätter nästa år.', () => fa.reviseConclusion());
        continue;
      }
      yield* fa.transition('close', undefined, timeLeft > 300 * DAY ? 'Målen är nådda.' : 'Överenskommelsens period går ut.', () => fa.reviseConclusion());
      return;
    }
  }

  // Accessors for FocusAreaRun.
  get random(): Rng {
    return this.rng;
  }
  get now(): number {
    return this.calendar.now;
  }
  wait(minDays: number, maxDays: number): number {
    return this.later(minDays, maxDays);
  }
  waitMinutes(min: number, max: number): number {
    return this.minutes(min, max);
  }
  write(streamId: string, expectedRevision: number, events: readonly DomainEvent[], actor: Actor): void {
    this.append(streamId, expectedRevision, events, actor, FOCUS_AREA_MACHINE_VERSION);
  }
}

/** One focus area: its folded state, its revision, and the work of each step. */
class FocusAreaRun {
  private state: FocusAreaState;
  private revision = -1;
  private ids = 0;

  constructor(
    private readonly g: HistoryWriter,
    private readonly run: AgreementRun,
    private readonly focusAreaId: string,
  ) {
    this.state = initialFocusAreaState(run.facts);
  }

  private get rng(): Rng {
    return this.g.random;
  }
  private get work() {
    return this.state.context.work;
  }
  cycle(): number {
    return this.state.context.cycle;
  }
  private id(prefix: string): string {
    return `${prefix}-${++this.ids}`;
  }
  private coordinator(): Actor {
    return this.rng.pick(this.run.coordinators);
  }

  /** Decides on the folded state, folds the events in (dated now) and appends them in one go. */
  decide(actor: Actor, command: FocusAreaCommand, decidingPartyId?: string): void {
    const events = decideFocusArea(command, this.state, decidingPartyId ? { decidingPartyId } : undefined);
    const occurredAt = new Date(this.g.now).toISOString();
    for (const event of events) this.state = evolveFocusArea(this.state, { ...event, occurredAt } as FocusAreaMachineEvent);
    const expected = this.revision;
    this.revision += events.length;
    this.g.write(focusAreaStreamId(this.focusAreaId), expected, events, actor);
  }

  /**
   * A coordinator proposes; the council meets within a few weeks and each party's representative
   * (or substitute) decides. Now and then the proposal is voided, or a party rejects it: the
   * coordinator reworks (`rework`) and proposes again. Returns once the move is made.
   */
  *transition(
    kind: TransitionKind,
    to: Step | undefined,
    grounds: string,
    rework: () => Generator<number, void, void> | void,
  ): Generator<number, void, void> {
    const { rng } = this;
    for (;;) {
      const meetingAt = this.g.now + this.g.wait(5, 35);
      this.decide(this.coordinator(), {
        type: 'ProposeTransition',
        data: {
          proposalId: this.id(`p-${kind.toLowerCase()}`),
          transition: kind,
          ...(to ? { to } : {}),
          grounds,
          meeting: { name: rng.pick(['Styrgruppens möte', 'Trygghetsrådets sammanträde', 'Rådets möte']), date: isoDate(meetingAt) },
        },
      });
      const pending = this.state.context.pendingProposal;
      if (!pending) return; // the policy let the coordinator make the move
      if (rng.chance(0.03)) {
        yield this.g.wait(2, 14);
        this.decide(this.coordinator(), {
          type: 'VoidProposal',
          data: { proposalId: pending.proposalId, reason: 'Underlaget behöver kompletteras före mötet.' },
        });
        yield this.g.wait(7, 30);
        const more = rework();
        if (more) yield* more;
        continue;
      }
      yield Math.max(0, meetingAt - this.g.now);
      const parties = [...this.run.facts.partyIds].sort(() => rng.next() - 0.5);
      let rejected = false;
      for (const partyId of parties) {
        const substitute = this.run.substitutes.get(partyId);
        const actor = substitute && rng.chance(0.2) ? substitute : this.run.representatives.get(partyId)!;
        if (rng.chance(0.04)) {
          this.decide(
            actor,
            { type: 'RejectTransition', data: { proposalId: pending.proposalId, reason: 'Förslaget saknar förankring hos vår part.' } },
            partyId,
          );
          rejected = true;
          break;
        }
        this.decide(actor, { type: 'ApproveTransition', data: { proposalId: pending.proposalId } }, partyId);
        yield this.g.waitMinutes(1, 45);
      }
      if (!rejected) return;
      yield this.g.wait(10, 45);
      const more = rework();
      if (more) yield* more;
    }
  }

  addSource(): void {
    const source = this.rng.pick(SOURCE_KINDS);
    this.decide(this.coordinator(), {
      type: 'AddSource',
      data: {
        sourceId: this.id('source'),
        kind: source.kind,
        title: source.title,
        ...(this.rng.chance(0.5) ? { description: 'Sammanställd av den operativa gruppen.' } : {}),
      },
    });
  }

  private recordProblem(): void {
    const { rng } = this;
    this.decide(this.coordinator(), {
      type: 'RecordProblemStatement',
      data: { what: 'Ordningsstörningar och skadegörelse', where: rng.pick(WHERE), when: rng.pick(WHEN), howOften: rng.pick(HOW_OFTEN) },
    });
  }

  *mapping(fresh: boolean): Generator<number, void, void> {
    const { rng } = this;
    yield this.g.wait(5, 25);
    if (fresh || rng.chance(0.6)) this.recordProblem();
    for (let i = rng.int(fresh ? 1 : 0, 4); i > 0; i--) {
      yield this.g.wait(2, 15);
      this.addSource();
    }
    if (this.work.sources.length === 0) this.addSource();
    if (this.work.sources.length > 1 && rng.chance(0.15)) {
      yield this.g.wait(2, 10);
      this.decide(this.coordinator(), { type: 'RemoveSource', data: { sourceId: this.work.sources[0]!.sourceId } });
    }
    if (rng.chance(0.2)) {
      yield this.g.wait(2, 14);
      this.recordProblem();
    }
  }

  *addCauses(min: number, max: number): Generator<number, void, void> {
    for (let i = this.rng.int(min, max); i > 0; i--) {
      yield this.g.wait(3, 20);
      const cause = this.rng.pick(CAUSES);
      this.decide(this.coordinator(), {
        type: 'IdentifyCause',
        data: { causeId: this.id('cause'), description: cause.description, factor: cause.factor },
      });
    }
  }

  *analysis(): Generator<number, void, void> {
    yield* this.addCauses(2, 5);
    const untargeted = this.work.causes.filter((c) => !this.work.measures.some((m) => m.causeId === c.causeId));
    if (this.work.causes.length > 1 && untargeted.length > 0 && this.rng.chance(0.1)) {
      yield this.g.wait(2, 10);
      this.decide(this.coordinator(), { type: 'RemoveCause', data: { causeId: untargeted[0]!.causeId } });
    }
  }

  private dueDate(): string {
    const { rng } = this;
    const earliest = this.g.now + 60 * DAY;
    const latest = Math.min(this.g.now + 540 * DAY, this.run.periodEnd - DAY);
    return isoDate(earliest >= latest ? latest : earliest + rng.next() * (latest - earliest));
  }

  private smartGoal(goalId: string): FocusAreaCommand {
    const { rng } = this;
    const baseline = rng.int(20, 80);
    return {
      type: 'SetGoal',
      data: {
        goalId,
        description: 'Minskad otrygghet och färre ordningsstörningar',
        indicator: rng.pick(INDICATORS),
        baseline,
        target: Math.round(baseline * (0.6 + rng.next() * 0.3)),
        targetDate: this.dueDate(),
        followUpMethod: rng.pick(['Trygghetsmätningen', 'Polisens statistik per kvartal', 'Enkät till eleverna']),
      },
    };
  }

  *planMeasures(min: number, max: number): Generator<number, void, void> {
    const { rng } = this;
    for (let i = rng.int(min, max); i > 0; i--) {
      yield this.g.wait(2, 14);
      const cause = rng.pick(this.work.causes);
      const goal = rng.pick(this.work.goals);
      this.decide(this.coordinator(), {
        type: 'PlanMeasure',
        data: {
          measureId: this.id('measure'),
          causeId: cause.causeId,
          goalId: goal.goalId,
          activity: rng.pick(MEASURES),
          operationalGoal: 'Genomförs enligt plan och följs upp varje kvartal',
          dueDate: this.dueDate(),
          responsiblePartyId: rng.pick(this.run.facts.partyIds),
          responsibleFunction: rng.pick(FUNCTIONS),
          followUpMethod: 'Avstämning i den operativa gruppen',
          kind: rng.chance(0.6) ? 'oneOff' : 'ordinaryWork',
        },
      });
    }
  }

  *plan(): Generator<number, void, void> {
    const { rng } = this;
    for (let i = rng.int(1, 3); i > 0; i--) {
      yield this.g.wait(3, 20);
      const goalId = this.id('goal');
      if (rng.chance(0.2)) {
        // A goal first stated in words, made SMART later.
        this.decide(this.coordinator(), { type: 'SetGoal', data: { goalId, description: 'Ökad trygghet' } });
        yield this.g.wait(5, 25);
      }
      this.decide(this.coordinator(), this.smartGoal(goalId));
    }
    yield* this.planMeasures(2, 6);
    if (this.work.measures.length > 1 && rng.chance(0.07)) {
      yield this.g.wait(2, 10);
      this.decide(this.coordinator(), { type: 'RemoveMeasure', data: { measureId: this.work.measures[0]!.measureId } });
    }
    yield this.g.wait(5, 25);
    this.decide(this.coordinator(), {
      type: 'RecordChildImpactAssessment',
      data: {
        summary: 'Åtgärderna berör barn och unga i området.',
        conclusion: rng.pick(['Barnets bästa har beaktats.', 'Inga negativa konsekvenser för barn.']),
      },
    });
    for (const measure of this.work.measures) {
      if (rng.chance(0.25)) {
        yield this.g.wait(3, 20);
        this.decide(this.coordinator(), { type: 'UpdateMeasureStatus', data: { measureId: measure.measureId, status: 'green' } });
      }
    }
  }

  /** Plans an existing measure again with a later due date (the plan revised). */
  *reviseMeasure(): Generator<number, void, void> {
    yield this.g.wait(2, 14);
    const measure = this.rng.pick(this.work.measures);
    const { status: _status, statusComment: _comment, ...planned } = measure;
    this.decide(this.coordinator(), { type: 'PlanMeasure', data: { ...planned, dueDate: this.dueDate() } });
  }

  /** Monthly to quarterly follow-up of every open measure, for most of a year. */
  *followUp(): Generator<number, void, void> {
    const { rng } = this;
    const rounds = rng.int(4, 10);
    for (let round = 0; round < rounds; round++) {
      yield this.g.wait(20, 45);
      for (const measure of this.work.measures) {
        if (measure.status === 'done') continue;
        const overdue = measure.dueDate < isoDate(this.g.now);
        const r = rng.next();
        const status: MeasureStatus = overdue ? (r < 0.7 ? 'done' : 'red') : r < 0.08 ? 'done' : r < 0.65 ? 'green' : r < 0.9 ? 'yellow' : 'red';
        this.decide(this.coordinator(), {
          type: 'UpdateMeasureStatus',
          data: {
            measureId: measure.measureId,
            status,
            ...(status === 'red' || status === 'yellow' ? { comment: 'Försenad på grund av resursbrist.' } : {}),
          },
        });
        yield this.g.waitMinutes(2, 120);
      }
    }
  }

  *evaluate(): Generator<number, void, void> {
    const { rng } = this;
    for (const goal of this.work.goals) {
      yield this.g.wait(2, 14);
      const baseline = goal.baseline ?? 50;
      this.decide(this.coordinator(), {
        type: 'RecordGoalOutcome',
        data: {
          goalId: goal.goalId,
          production: 'Åtgärderna genomfördes i huvudsak enligt plan.',
          process: 'Samverkan fungerade väl; bemanningen helgkvällar var en utmaning.',
          effect: {
            measuredValue: Math.round(baseline * (0.5 + rng.next() * 0.6)),
            ...(rng.chance(0.5) ? { comment: 'Enligt årets trygghetsmätning.' } : {}),
          },
        },
      });
    }
    yield this.g.wait(3, 20);
    this.decide(this.coordinator(), {
      type: 'ConcludeEvaluation',
      data: { conclusion: rng.pick(['Målen nåddes delvis.', 'Effekten är tydlig i mätningen.', 'Problemet kvarstår men har minskat.']) },
    });
  }

  *reviseConclusion(): Generator<number, void, void> {
    yield this.g.wait(3, 14);
    this.decide(this.coordinator(), { type: 'ConcludeEvaluation', data: { conclusion: 'Slutsatsen är kompletterad efter rådets synpunkter.' } });
  }
}

// ---------------------------------------------------------------------------------------------

interface Manifest extends GeneratedStore {
  readonly version: number;
  readonly seed: number;
  readonly wanted: number;
}

const manifestOf = (filename: string) => `${filename}.manifest.json`;

/**
 * Writes a store of exactly `events` events to `filename` (fast durability; the file is written
 * aside and renamed, so a half-made store is never taken for a whole one). When the file already
 * holds the store for the same (events, seed, generator version), it is reused as it is.
 */
export async function generateStore(filename: string, options: GenerateOptions): Promise<GeneratedStore> {
  const seed = options.seed ?? 1;
  const manifestFile = manifestOf(filename);
  if (existsSync(filename) && existsSync(manifestFile)) {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
    if (manifest.version === GENERATOR_VERSION && manifest.seed === seed && manifest.wanted === options.events) {
      const { version: _v, seed: _s, wanted: _w, ...result } = manifest;
      return result;
    }
  }
  const partial = `${filename}.partial-${process.pid}`;
  for (const f of [filename, manifestFile, partial, `${partial}-wal`, `${partial}-shm`]) rmSync(f, { force: true });
  const store = new SqliteEventStore({ filename: partial, durability: 'fast-may-lose-recent-commits-on-power-loss' });
  let result: GeneratedStore;
  try {
    result = await new HistoryWriter(store, options.events, seed, options.onProgress).run();
  } finally {
    await store.close(); // the last connection closing checkpoints the WAL into the file
  }
  for (const f of [`${partial}-wal`, `${partial}-shm`]) rmSync(f, { force: true });
  renameSync(partial, filename);
  writeFileSync(manifestFile, JSON.stringify({ version: GENERATOR_VERSION, seed, wanted: options.events, ...result } satisfies Manifest, null, 2));
  return result;
}

/** Where benchmark stores are cached between runs. */
export const BENCH_STORE_DIR = join(tmpdir(), 'samverkan-bench-stores');

/** A generated store of `events` events from the cache (made the first time it is asked for). */
export async function benchStore(options: GenerateOptions): Promise<GeneratedStore & { readonly filename: string }> {
  mkdirSync(BENCH_STORE_DIR, { recursive: true });
  const filename = join(BENCH_STORE_DIR, `events-${options.events}-seed${options.seed ?? 1}-v${GENERATOR_VERSION}.sqlite`);
  return { filename, ...(await generateStore(filename, options)) };
}
