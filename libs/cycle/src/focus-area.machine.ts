import { assign, setup } from 'xstate';
import { DEFAULT_DECISION_POLICY, type AgreementFacts } from './agreement-facts.js';
import { initialContext, type FocusAreaContext } from './focus-area.context.js';
import type { FocusAreaMachineEvent } from './focus-area.events.js';
import { evolveContext } from './focus-area.evolve.js';
import { gateFor as currentGates } from './gates.js';
import type { FocusAreaStatus, Step } from './steps.js';
import { CYCLE_TOPOLOGY, CYCLE_TOPOLOGY_1_1, type StepDefinition, type Topology } from './topology.js';

/** Stands in for the agreement's facts in the machine's own initial context, which is never used. */
const NO_FACTS: AgreementFacts = {
  agreementId: '',
  partyIds: [],
  period: { from: '', to: '' },
  policy: DEFAULT_DECISION_POLICY,
};

/** A step change that names its target (going back, advancing) is taken only to that target. */
const leadsTo = ({ event }: { event: FocusAreaMachineEvent }, params: { to: Step }) => {
  const named = (event.data as { to?: Step }).to;
  return named === undefined || named === params.to;
};

const stateOf = (step: StepDefinition) => {
  if (step.final) return { type: 'final' as const };
  const on: Record<string, unknown> = Object.fromEntries(step.records.map((type) => [type, { actions: 'record' }]));
  for (const [type, targets] of Object.entries(step.moves))
    on[type] = targets!.map((to) => ({ target: to, guard: { type: 'leadsTo', params: { to } }, actions: 'record' }));
  return { on };
};

/**
 * The focus area's machine, built from a topology table. Its guards are the topology's only (which
 * step an event may lead to): the named rules and gates are judged by the decider, once per
 * command, and a stored event is never judged again. `decide` builds a snapshot from the evolved
 * state to ask `getNextTransitions`/`can`; the snapshot is never the source of truth.
 */
export const focusAreaMachineOf = (topology: Topology, version: string) =>
  setup({
    types: { context: {} as FocusAreaContext, events: {} as FocusAreaMachineEvent },
    guards: { leadsTo },
    // The same evolve the fold uses, so that a `transition` of this machine agrees with it.
    actions: { record: assign(({ context, event }) => evolveContext(context, event)) },
  }).createMachine({
    id: 'focusArea',
    version,
    context: initialContext(NO_FACTS),
    initial: 'none',
    // The table is typed by the topology; xstate's config types cannot follow a table built at run time.
    states: Object.fromEntries(Object.entries(topology).map(([name, step]) => [name, stateOf(step!)])) as Record<FocusAreaStatus, object>,
  });

export type FocusAreaMachine = ReturnType<typeof focusAreaMachineOf>;

/** The gates of a machine version: what must hold before a step is left (see gates.ts). */
export type GateFor = typeof currentGates;

/** One deployed version of the cycle: its table, the machine built from it, and its gates. */
export interface CycleMachine {
  readonly version: string;
  readonly topology: Topology;
  readonly machine: FocusAreaMachine;
  readonly gateFor: GateFor;
}

export const cycleMachine = (version: string, topology: Topology, gateFor: GateFor = currentGates): CycleMachine => ({
  version,
  topology,
  machine: focusAreaMachineOf(topology, version),
  gateFor,
});

/** A machine version this deployment does not know: the stream was written by a newer one. */
export class UnknownMachineVersionError extends Error {
  constructor(
    readonly eventType: string,
    readonly machineVersion: string,
  ) {
    super(`Event ${eventType} was accepted by cycle machine version ${machineVersion}, which this deployment does not have.`);
    this.name = 'UnknownMachineVersionError';
  }
}

/**
 * Every machine version ever deployed, oldest first; the last decides new commands. Each stored
 * event is read with the topology of the version that accepted it (its `metadata.machineVersion`),
 * so a focus area begun under one version keeps loading after the next is deployed.
 */
export interface MachineRegistry {
  readonly current: CycleMachine;
  /** The version that accepted an event; events from before versions were recorded: the first. */
  versionOf(eventType: string, machineVersion: string | undefined): CycleMachine;
}

export const machineRegistry = (...versions: [CycleMachine, ...CycleMachine[]]): MachineRegistry => {
  const byVersion = new Map(versions.map((v) => [v.version, v]));
  return {
    current: versions[versions.length - 1]!,
    versionOf: (eventType, machineVersion) => {
      if (machineVersion === undefined) return versions[0];
      const found = byVersion.get(machineVersion);
      if (!found) throw new UnknownMachineVersionError(eventType, machineVersion);
      return found;
    },
  };
};

/** Stored in each event's metadata (`machineVersion`): which machine accepted it. */
export const FOCUS_AREA_MACHINE_VERSION = '1.1.0';

export const FOCUS_AREA_MACHINES: MachineRegistry = machineRegistry(
  cycleMachine('1.0.0', CYCLE_TOPOLOGY),
  cycleMachine(FOCUS_AREA_MACHINE_VERSION, CYCLE_TOPOLOGY_1_1),
);

export const focusAreaMachine: FocusAreaMachine = FOCUS_AREA_MACHINES.current.machine;
