import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/api';
import type { components } from '../../api/generated/schema';

/** The meeting API's answers, as the OpenAPI document names them (generated, never copied). */
type Schemas = components['schemas'];
export type MeetingDetail = Schemas['MeetingDetailView'];
export type MeetingParagraph = Schemas['MeetingParagraphView'];
export type MeetingSummary = Schemas['MeetingSummaryView'];
export type AgendaSubject = Schemas['AgendaSubjectView'];
export type AgendaSuggestions = Schemas['AgendaSuggestionsView'];
export type MeetingBody = Schemas['MeetingBody'];
export type MeetingStatus = Schemas['MeetingStatus'];

export const useMeetings = (agreementId: string | undefined) =>
  useQuery({
    queryKey: ['meetings', agreementId],
    queryFn: async ({ signal }) =>
      (await api.read('/agreements/{agreementId}/meetings', { agreementId: agreementId ?? '' }, { signal, readModel: true })).data,
    enabled: agreementId !== undefined,
  });

export const useMeeting = (meetingId: string) =>
  useQuery({
    queryKey: ['meeting', meetingId],
    queryFn: async ({ signal }) => (await api.read('/meetings/{meetingId}', { meetingId }, { signal, readModel: true })).data,
  });

export const useAgendaSuggestions = (meetingId: string, enabled: boolean) =>
  useQuery({
    queryKey: ['agenda-suggestions', meetingId],
    queryFn: async ({ signal }) => (await api.read('/meetings/{meetingId}/agenda-suggestions', { meetingId }, { signal, readModel: true })).data,
    enabled,
  });
