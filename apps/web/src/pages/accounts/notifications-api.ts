import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api';
import type { components } from '../../api/generated/schema';

export type NotificationSettings = components['schemas']['NotificationSettingsView'];
export type NotificationSettingsInput = components['schemas']['SaveNotificationSettingsRequestDto'];
export type NotificationKind = NotificationSettings['kinds'][number];

const KEY = ['notification-settings'] as const;

export const useNotificationSettings = () =>
  useQuery({ queryKey: KEY, queryFn: async () => (await api.get<NotificationSettings>('/notifications/settings')).data });

export const useSaveNotificationSettings = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: NotificationSettingsInput) =>
      (await api.request<NotificationSettings>('/notifications/settings', { method: 'PUT', body })).data,
    onSuccess: (saved) => queryClient.setQueryData(KEY, saved),
  });
};
