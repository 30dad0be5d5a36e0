/**
 * The private calendar feed of a recovery: when the person wants reminders (check-in, exercise
 * sessions, weekly measures) and whether the feed may name the exercises. One TypeBox source for
 * the types, the route schemas and OpenAPI.
 */
import { Type, type Static } from '@sinclair/typebox';

const TIME = Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', description: 'a time of day, HH:MM (24 hours)' });
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

export const CalendarFeedSettingsSchema = Type.Object(
  {
    timeZone: Type.String({ minLength: 1, maxLength: 64, description: 'an IANA time zone, such as Europe/London' }),
    checkInTime: Type.Optional(TIME),
    sessionTimes: Type.Array(TIME, { maxItems: 3, uniqueItems: true, description: 'exercise sessions each day' }),
    weeklyMeasures: Type.Optional(Type.Object(
      { day: Type.Union(WEEKDAYS.map((d) => Type.Literal(d))), time: TIME },
      { additionalProperties: false, description: 'a weekly reminder to look at your scores and charts' },
    )),
    showExercises: Type.Boolean({ description: "name the plan's exercises in the session reminders (off: nothing about your health is in the feed)" }),
  },
  { $id: 'CalendarFeedSettings', additionalProperties: false },
);

export const CalendarFeedSchema = Type.Object(
  {
    settings: CalendarFeedSettingsSchema,
    createdAt: Type.String(),
    url: Type.Optional(Type.String({ description: 'the private feed address: shown once, when the feed is made' })),
    webcalUrl: Type.Optional(Type.String({ description: 'the same address for calendar apps (webcal://)' })),
  },
  { $id: 'CalendarFeed' },
);

export type CalendarFeedSettings = Static<typeof CalendarFeedSettingsSchema>;
export type CalendarFeed = Static<typeof CalendarFeedSchema>;
export type Weekday = (typeof WEEKDAYS)[number];
