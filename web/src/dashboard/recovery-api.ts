/** The recovery routes of the API, typed. */
import { api } from '../api/client.js';
import type { CalendarFeed, CalendarFeedSettings, CheckIn, CheckInInput, Recovery, RecoveryInput, RecoverySeries, RecoverySummary, SavedAssessment } from '../api/types.js';
import type { MeasureId } from '../../../src/knowledge/measures/instrument.js';
import type { RecoveryMeasureResult } from '../../../src/schemas/measure-results.js';

const base = (id: string) => `/api/v1/recoveries/${encodeURIComponent(id)}`;

export const recoveryApi = {
  list: async () => (await api<{ recoveries: Recovery[] }>('GET', '/api/v1/recoveries')).recoveries,
  create: (input: RecoveryInput) => api<Recovery>('POST', '/api/v1/recoveries', input),
  summary: (id: string, today: string) => api<RecoverySummary>('GET', `${base(id)}/summary?today=${today}`),
  series: (id: string) => api<RecoverySeries>('GET', `${base(id)}/series`),
  checkIns: async (id: string) => (await api<{ checkIns: CheckIn[] }>('GET', `${base(id)}/checkins`)).checkIns,
  addCheckIn: (id: string, input: CheckInInput) => api<CheckIn>('POST', `${base(id)}/checkins`, input),
  updateCheckIn: (id: string, checkInId: string, input: CheckInInput) => api<CheckIn>('PUT', `${base(id)}/checkins/${encodeURIComponent(checkInId)}`, input),
  calendarFeed: (id: string) => api<CalendarFeed>('GET', `${base(id)}/calendar-feed`),
  makeCalendarFeed: (id: string, settings: CalendarFeedSettings) => api<CalendarFeed>('PUT', `${base(id)}/calendar-feed`, settings),
  revokeCalendarFeed: (id: string) => api<void>('DELETE', `${base(id)}/calendar-feed`),
  measures: async (id: string) => (await api<{ results: RecoveryMeasureResult[] }>('GET', `${base(id)}/measures`)).results,
  addMeasure: (id: string, instrument: MeasureId, body: { date: string; answers: unknown }) => api<RecoveryMeasureResult>('POST', `${base(id)}/measures/${instrument}`, body),
  assessments: async () => (await api<{ assessments: SavedAssessment[] }>('GET', '/api/v1/assessments')).assessments,
};
