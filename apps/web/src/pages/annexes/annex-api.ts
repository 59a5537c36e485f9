import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/api';
import type { components } from '../../api/generated/schema';
import { ApiProblem, networkProblem } from '../../api/problem';
import { currentSession } from '../../api/session';

/** The annexes as the API answers them (generated from its OpenAPI document). */
export type AnnexList = components['schemas']['AnnexListView'];
export type Annex = components['schemas']['AnnexView'];
export type AnnexVersion = components['schemas']['AnnexVersionView'];
export type AnnexFile = components['schemas']['AnnexFileView'];
export type UploadedFile = components['schemas']['UploadedAnnexFileView'];

export const annexesKey = (agreementId: string) => ['annexes', agreementId] as const;

/** The agreement's annexes: a read model, so it waits for this tab's own writes. */
export const useAnnexes = (agreementId: string) =>
  useQuery({
    queryKey: annexesKey(agreementId),
    queryFn: async ({ signal }) => (await api.read('/agreements/{agreementId}/annexes', { agreementId }, { signal, readModel: true })).data,
  });

export const annexFileUrl = (agreementId: string, sha256: string): string =>
  `/api/agreements/${encodeURIComponent(agreementId)}/annex-files/${encodeURIComponent(sha256)}`;

/**
 * Uploads a file's bytes as they are (the API takes the raw body, not JSON), with the session's
 * CSRF token like every write; the answer names the file by the hash the server computed.
 */
export const uploadAnnexFile = async (agreementId: string, file: File): Promise<UploadedFile> => {
  let response: Response;
  try {
    response = await fetch(`/api/agreements/${encodeURIComponent(agreementId)}/annex-files`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': file.type || 'application/octet-stream', 'x-csrf-token': currentSession()?.csrfToken ?? '', accept: 'application/json' },
      body: file,
    });
  } catch {
    throw networkProblem();
  }
  const body = await response.json().catch(() => null);
  if (!response.ok)
    throw new ApiProblem(
      body && typeof body === 'object' ? { ...body, status: response.status } : { status: response.status, title: `HTTP ${response.status}` },
    );
  return body as UploadedFile;
};
