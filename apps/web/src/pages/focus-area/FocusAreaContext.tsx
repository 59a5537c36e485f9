import { createContext, useContext } from 'react';
import type { AgreementDetail, FocusAreaResponse, Party } from '../../api/schema';
import type { SendCommand } from './focus-area-data';
import type { ProposeTransitionCommand, StepBackCommand, WorkCommandType } from './possible-commands';

/** What every section of the page needs: the state shown, who may write, and how to send a command. */
export interface FocusAreaPageContext {
  readonly response: FocusAreaResponse;
  readonly agreement: AgreementDetail | undefined;
  readonly parties: readonly Party[];
  /** The user is a coordinator of the agreement: the one who records the work and proposes. */
  readonly mayRecord: boolean;
  readonly send: SendCommand;
  /** The cycle machine allows this command now and the user may record. */
  can(type: WorkCommandType): boolean;
  readonly proposals: readonly ProposeTransitionCommand[];
  readonly stepBacks: readonly StepBackCommand[];
}

const Context = createContext<FocusAreaPageContext | null>(null);

export const FocusAreaProvider = Context.Provider;

export const useFocusAreaPage = (): FocusAreaPageContext => {
  const value = useContext(Context);
  if (!value) throw new Error('useFocusAreaPage outside FocusAreaProvider');
  return value;
};
