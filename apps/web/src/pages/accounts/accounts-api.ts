import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api';
import type { components } from '../../api/generated/schema';

export type Account = components['schemas']['AccountView'];
export type Invitation = components['schemas']['InvitationView'];
export type PendingSignIn = components['schemas']['PendingSignInView'];
type CreatedAccount = components['schemas']['CreatedAccountView'];
type PasswordLink = components['schemas']['PasswordLinkView'];

const KEY = ['accounts'] as const;

export const useAccounts = () => useQuery({ queryKey: [...KEY, 'list'], queryFn: async () => (await api.get<Account[]>('/accounts')).data });
export const useInvitations = () =>
  useQuery({ queryKey: [...KEY, 'invitations'], queryFn: async () => (await api.get<Invitation[]>('/accounts/invitations')).data });
export const usePendingSignIns = () =>
  useQuery({ queryKey: [...KEY, 'pending'], queryFn: async () => (await api.get<PendingSignIn[]>('/accounts/pending-sign-ins')).data });

/** Every change to accounts refreshes the lists. */
const useAccountMutation = <TVars, TResult>(run: (vars: TVars) => Promise<TResult>) => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }) });
};

export const useCreateAccount = () =>
  useAccountMutation(
    async (body: { username: string; displayName: string; email?: string; administrator: boolean }) =>
      (await api.request<CreatedAccount>('/accounts', { method: 'POST', body })).data,
  );
export const useInvite = () =>
  useAccountMutation(
    async (body: { email: string; displayName: string; administrator: boolean }) =>
      (await api.request('/accounts/invitations', { method: 'POST', body })).data,
  );
export const useAccountAction = () =>
  useAccountMutation(async ({ id, action }: { id: string; action: 'disable' | 'enable' | 'remove' }) =>
    action === 'remove'
      ? (await api.request<Account>(`/accounts/${encodeURIComponent(id)}`, { method: 'DELETE' })).data
      : (await api.request<Account>(`/accounts/${encodeURIComponent(id)}/${action}`, { method: 'POST', body: {} })).data,
  );
export const useResetPassword = () =>
  useAccountMutation(
    async (id: string) => (await api.request<PasswordLink>(`/accounts/${encodeURIComponent(id)}/password-link`, { method: 'POST', body: {} })).data,
  );
export const usePendingDecision = () =>
  useAccountMutation(async ({ id, approve }: { id: string; approve: boolean }) =>
    approve
      ? (await api.request<Account>(`/accounts/pending-sign-ins/${encodeURIComponent(id)}/approve`, { method: 'POST', body: {} })).data
      : (await api.request(`/accounts/pending-sign-ins/${encodeURIComponent(id)}`, { method: 'DELETE' })).data,
  );

/** The one-time link as the person opens it: the whole address, to copy into an e-mail. */
export const absoluteLink = (path: string): string => new URL(path, window.location.origin).toString();
