import { isIsoDate } from '@samverkan/dates';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useCommand } from '../../api/queries';
import { useAnnounce } from '../../ui';
import type { Annex, AnnexVersion } from './annex-api';

interface DatedAnnexCommand {
  readonly agreementId: string;
  readonly annex: Annex;
  readonly version: AnnexVersion;
  /** The version's sub-resource the command posts to. */
  readonly action: 'decision' | 'signatures';
  readonly today: string;
  /** Said beside the date field when it is not a real day. */
  readonly invalidDate: string;
  /** Said (and announced app-wide) once the command is done. */
  readonly doneMessage: string;
}

/**
 * A command on an annex version that carries the day it happened (the council's decision, a
 * party's signature): the day's field, its check, the command sent with the annex's revision as
 * If-Match, and what is said when it is done or refused.
 */
export const useDatedAnnexCommand = ({ agreementId, annex, version, action, today, invalidDate, doneMessage }: DatedAnnexCommand) => {
  const [date, setDate] = useState(today);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState('');
  const command = useCommand();
  // The form leaves the page once its command is done (the version moves on), so the app-wide region says so.
  const announce = useAnnounce();
  const problemRef = useRef<HTMLDivElement>(null);
  const titleId = useId();

  /** Submits with the body the form builds from the checked day. */
  const submitWith = (bodyOf: (date: string) => Record<string, unknown>) => (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    if (!isIsoDate(date)) {
      setError(invalidDate);
      return;
    }
    setError(null);
    command.mutate(
      {
        method: 'POST',
        path: `/agreements/${agreementId}/annexes/${annex.annexId}/versions/${version.version}/${action}`,
        body: bodyOf(date),
        ifMatch: `"${annex.revision}"`,
      },
      {
        onSuccess: () => {
          setDone(doneMessage);
          announce(doneMessage);
        },
        onError: () => window.setTimeout(() => problemRef.current?.focus(), 0),
      },
    );
  };

  return { date, setDate, error, done, command, problemRef, titleId, submitWith };
};
