import { useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useCommand } from '../../api/queries';
import type { Party } from '../../api/schema';
import { Button, LiveRegion, ProblemMessage, TextArea } from '../../ui';
import { uploadAnnexFile, type Annex, type UploadedFile } from './annex-api';
import { ACCEPTED_FILES, formatBytes } from './annex-labels';

const TEXT_MAX = 20000;

interface Props {
  readonly agreementId: string;
  readonly annex: Annex;
  readonly parties: readonly Party[];
}

/** A coordinator writes a new version: its text, files uploaded as they are chosen, and (a citizen promise) the parties it binds. */
export const DraftVersionForm = ({ agreementId, annex, parties }: Props) => {
  const [text, setText] = useState('');
  const [files, setFiles] = useState<(UploadedFile & { fileName: string })[]>([]);
  const [binding, setBinding] = useState<string[]>(parties.map((p) => p.partyId));
  const [textError, setTextError] = useState<string | null>(null);
  const [uploadError, setUploadError] = useState<unknown>(null);
  const [uploading, setUploading] = useState(false);
  const [done, setDone] = useState('');
  const command = useCommand();
  const problemRef = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const fileId = useId();

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = [...(event.target.files ?? [])];
    event.target.value = '';
    setUploadError(null);
    setUploading(true);
    try {
      for (const file of chosen) {
        const uploaded = await uploadAnnexFile(agreementId, file);
        setFiles((before) => [...before.filter((f) => f.sha256 !== uploaded.sha256), { ...uploaded, fileName: file.name }]);
      }
    } catch (error) {
      setUploadError(error);
    } finally {
      setUploading(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    if (!text.trim()) {
      setTextError('Skriv versionens text, till exempel en sammanfattning av dokumentet.');
      return;
    }
    setTextError(null);
    const body = {
      text,
      files: files.map(({ fileName, sha256 }) => ({ fileName, sha256 })),
      ...(annex.kind === 'citizenPromise' ? { bindingPartyIds: binding } : {}),
    };
    command.mutate(
      { method: 'POST', path: `/agreements/${agreementId}/annexes/${annex.annexId}/versions`, body, ifMatch: `"${annex.revision}"` },
      {
        onSuccess: ({ data }) => {
          setDone(`Version ${(data as { version?: number }).version ?? ''} är sparad som utkast och väntar på rådets beslut.`);
          setText('');
          setFiles([]);
        },
        onError: () => window.setTimeout(() => problemRef.current?.focus(), 0),
      },
    );
  };

  return (
    <form className="annex-form" onSubmit={submit} aria-labelledby={titleId} noValidate>
      <h3 id={titleId}>Skriv en ny version</h3>
      <ProblemMessage error={command.error} title="Versionen kunde inte sparas" ref={problemRef} />
      <TextArea
        label="Text"
        hint={`Högst ${TEXT_MAX} tecken. Skriv inga personnummer eller uppgifter om enskilda personer.`}
        value={text}
        maxLength={TEXT_MAX}
        rows={5}
        error={textError}
        required
        onChange={(e) => setText(e.target.value)}
      />
      <div className="field">
        <label className="field__label" htmlFor={fileId}>
          Bifoga filer
        </label>
        <p className="field__hint" id={`${fileId}-hint`}>
          PDF, Word (DOCX), OpenDocument (ODT), PNG, JPEG eller text, högst 20 MB per fil.
        </p>
        <input id={fileId} type="file" multiple accept={ACCEPTED_FILES} aria-describedby={`${fileId}-hint`} onChange={choose} />
      </div>
      <ProblemMessage error={uploadError} title="Filen kunde inte laddas upp" />
      {files.length > 0 ? (
        <ul className="annex-files" aria-label="Bifogade filer">
          {files.map((f) => (
            <li key={f.sha256}>
              {f.fileName} ({formatBytes(f.bytes)}){' '}
              <Button variant="link" onClick={() => setFiles((before) => before.filter((x) => x.sha256 !== f.sha256))}>
                Ta bort {f.fileName}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      {annex.kind === 'citizenPromise' ? (
        <fieldset className="annex-parties">
          <legend>Parter som löftet binder</legend>
          <p className="field__hint">Ett medborgarlöfte ges av kommunen och polisen; en tredje part kan vara med men binds inte ensam.</p>
          {parties.map((p) => (
            <label key={p.partyId} className="checkbox">
              <input
                type="checkbox"
                checked={binding.includes(p.partyId)}
                onChange={(e) => setBinding((before) => (e.target.checked ? [...before, p.partyId] : before.filter((id) => id !== p.partyId)))}
              />{' '}
              {p.name}
            </label>
          ))}
        </fieldset>
      ) : (
        <p className="muted">Versionen binder alla parter i överenskommelsen och ska undertecknas av var och en.</p>
      )}
      <Button type="submit" busy={command.isPending || uploading}>
        Spara utkast
      </Button>
      <LiveRegion message={uploading ? 'Laddar upp…' : done} visible />
    </form>
  );
};
