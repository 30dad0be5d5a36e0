import { createHash } from 'node:crypto';
import ICAL from 'ical.js';
import { expect, it } from 'vitest';
import { inspectDatabase } from '../../../test/support/databases.js';
import type { CalendarFeedSettings } from '../../schemas/calendar.js';
import { Client, describeApi } from '../__fixtures__/test-app.js';

const SETTINGS: CalendarFeedSettings = {
  timeZone: 'Europe/London',
  checkInTime: '08:30',
  sessionTimes: ['10:00', '18:15'],
  weeklyMeasures: { day: 'monday', time: '19:00' },
  showExercises: false,
};

const daysFromToday = (n: number) => new Date(Date.now() + n * 864e5).toISOString().slice(0, 10);
const addDays = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 864e5).toISOString().slice(0, 10);
/** The wall-clock time of an instant in London, as a second opinion from the platform's own time zone data. */
const londonTime = (d: Date) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(d);

async function newRecovery(c: Client, onsetDate = daysFromToday(-10)): Promise<string> {
  const res = await c.send('POST', '/api/v1/recoveries', { onsetDate, title: 'Left knee, private title' });
  expect(res.statusCode).toBe(201);
  return (res.json() as { id: string }).id;
}

/** Fetches a feed address over real HTTP, as a calendar app would: no cookie. */
async function fetchFeed(base: string, url: string): Promise<Response> {
  const path = new URL(url).pathname;
  return fetch(`${base}${path}`);
}

function eventsOf(ics: string): ICAL.Event[] {
  const vcalendar = new ICAL.Component(ICAL.parse(ics));
  // Register the feed's own VTIMEZONE so times are read in it, not guessed.
  for (const tz of vcalendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
  return vcalendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
}

describeApi('calendar feed', (t) => {
  let base = '';
  const listening = async () => {
    if (!base) base = await t.app.listen({ host: '127.0.0.1', port: 0 });
    return base;
  };

  it('makes a private feed that an independent iCalendar parser reads: repeating reminders at local times, with alarms and the time zone', async () => {
    const owner = await Client.registered(t.app);
    const id = await newRecovery(owner);
    const made = await owner.send('PUT', `/api/v1/recoveries/${id}/calendar-feed`, SETTINGS);
    expect(made.statusCode).toBe(201);
    const body = made.json() as { url: string; webcalUrl: string; settings: CalendarFeedSettings; createdAt: string };
    expect(body.settings).toEqual(SETTINGS);
    expect(body.url).toMatch(/^http:\/\/localhost(:\d+)?\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(body.webcalUrl).toBe(body.url.replace(/^http:/, 'webcal:'));

    const res = await fetchFeed(await listening(), body.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const ics = await res.text();
    const vcalendar = new ICAL.Component(ICAL.parse(ics));
    expect(vcalendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(vcalendar.getFirstSubcomponent('vtimezone')!.getFirstPropertyValue('tzid')).toBe('Europe/London');

    const events = eventsOf(ics);
    expect(events.map((e) => e.summary).sort()).toEqual(['Daily check-in', 'Exercise session', 'Exercise session', 'Weekly look at your progress']);
    const madeOn = body.createdAt.slice(0, 10);
    const checkIn = events.find((e) => e.summary === 'Daily check-in')!;
    expect(checkIn.startDate.zone.tzid).toBe('Europe/London');
    expect(checkIn.startDate.toString()).toBe(`${madeOn}T08:30:00`);
    // The instant is 08:30 in London, summer time or not.
    expect(londonTime(checkIn.startDate.toJSDate())).toBe('08:30');
    const rule = checkIn.component.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect(rule.freq).toBe('DAILY');
    const it = checkIn.iterator();
    const occurrences: ICAL.Time[] = [];
    for (let next = it.next(); next; next = it.next()) occurrences.push(next);
    expect(occurrences.slice(0, 3).map((d) => d.toString())).toEqual([0, 1, 2].map((n) => `${addDays(madeOn, n)}T08:30:00`));
    // Every day up to the end of the 3-month programme (day 90 after onset), each at 08:30 London time.
    expect(occurrences[occurrences.length - 1]!.toString()).toBe(`${addDays(daysFromToday(-10), 90)}T08:30:00`);
    for (const o of occurrences) expect(londonTime(o.toJSDate())).toBe('08:30');
    expect(checkIn.component.getFirstSubcomponent('valarm')!.getFirstPropertyValue('action')).toBe('DISPLAY');

    const weekly = events.find((e) => e.summary === 'Weekly look at your progress')!;
    expect((weekly.component.getFirstPropertyValue('rrule') as ICAL.Recur).toString()).toMatch(/FREQ=WEEKLY;.*BYDAY=MO/);
    expect(weekly.startDate.toJSDate().getUTCDay() === 1 || weekly.startDate.dayOfWeek() === ICAL.Time.MONDAY).toBe(true);
    expect(weekly.startDate.toString() >= `${madeOn}T19:00:00`).toBe(true);
    expect(new Set(events.map((e) => e.uid)).size).toBe(4);
  });

  it('carries no health data unless the person chose to see the exercises; the address is a link, not a secret kept in the database', async () => {
    const owner = await Client.registered(t.app);
    const id = await newRecovery(owner);
    await owner.send('POST', `/api/v1/recoveries/${id}/checkins`, {
      date: '2025-06-13', pain: { knee: 7 }, numbnessTingling: true, swelling: 'moderate', weakness: false,
      walkingTolerance: '5_to_15_min', sleep: 3, exercisesDone: [], medicinesTaken: ['naproxen'], note: 'very sore', redFlags: {},
    });
    const plain = (await owner.send('PUT', `/api/v1/recoveries/${id}/calendar-feed`, SETTINGS)).json() as { url: string };
    const ics = await (await fetchFeed(await listening(), plain.url)).text();
    for (const secret of ['7/10', 'naproxen', 'very sore', 'Left knee', 'private title', owner.email!, 'knee', 'sciatica', 'pain', 'Heel slides', 'Ankle pumps']) {
      expect(ics.toLowerCase(), secret).not.toContain(secret.toLowerCase());
    }
    const token = new URL(plain.url).pathname.slice('/calendar/'.length, -'.ics'.length);
    const rows = await inspectDatabase(t.options, (db) => db.selectFrom('calendar_feeds').selectAll().where('recovery_id', '=', id).execute());
    expect(rows).toHaveLength(1);
    expect(rows[0]!.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(rows)).not.toContain(token);

    const named = (await owner.send('PUT', `/api/v1/recoveries/${id}/calendar-feed`, { ...SETTINGS, showExercises: true })).json() as { url: string };
    const withNames = await (await fetchFeed(await listening(), named.url)).text();
    const session = eventsOf(withNames).find((e) => e.summary === 'Exercise session')!;
    expect(session.description).toMatch(/Today: .*Ankle pumps/);
  });

  it('a new address replaces the old one, and revoking answers 404 from then on', async () => {
    const owner = await Client.registered(t.app);
    const id = await newRecovery(owner);
    const first = (await owner.send('PUT', `/api/v1/recoveries/${id}/calendar-feed`, SETTINGS)).json() as { url: string };
    const second = (await owner.send('PUT', `/api/v1/recoveries/${id}/calendar-feed`, { ...SETTINGS, sessionTimes: [] })).json() as { url: string };
    const server = await listening();
    expect((await fetchFeed(server, first.url)).status).toBe(404);
    expect((await fetchFeed(server, second.url)).status).toBe(200);
    const read = await owner.send('GET', `/api/v1/recoveries/${id}/calendar-feed`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual({ settings: { ...SETTINGS, sessionTimes: [] }, createdAt: expect.any(String) });

    expect((await owner.send('DELETE', `/api/v1/recoveries/${id}/calendar-feed`)).statusCode).toBe(204);
    const gone = await fetchFeed(server, second.url);
    expect(gone.status).toBe(404);
    expect(await gone.json()).toEqual({ error: { code: 'not_found', message: 'No calendar here: the address is wrong or was revoked.' } });
    expect((await owner.send('GET', `/api/v1/recoveries/${id}/calendar-feed`)).statusCode).toBe(404);
    expect((await owner.send('DELETE', `/api/v1/recoveries/${id}/calendar-feed`)).statusCode).toBe(404);
    const audit = (await t.store.audit.listForUser(owner.userId!)).map((e) => `${e.action}:${e.outcome}`);
    expect(audit).toEqual(expect.arrayContaining(['calendar.create:ok', 'calendar.feed:ok', 'calendar.revoke:ok']));
  });

  it("no one else can make, read or revoke a person's feed; an unknown or malformed address gets nothing", async () => {
    const owner = await Client.registered(t.app);
    const other = await Client.registered(t.app);
    const id = await newRecovery(owner);
    const feed = (await owner.send('PUT', `/api/v1/recoveries/${id}/calendar-feed`, SETTINGS)).json() as { url: string };
    expect((await other.send('PUT', `/api/v1/recoveries/${id}/calendar-feed`, SETTINGS)).statusCode).toBe(404);
    expect((await other.send('GET', `/api/v1/recoveries/${id}/calendar-feed`)).statusCode).toBe(404);
    expect((await other.send('DELETE', `/api/v1/recoveries/${id}/calendar-feed`)).statusCode).toBe(404);
    expect((await new Client(t.app).send('GET', `/api/v1/recoveries/${id}/calendar-feed`)).statusCode).toBe(401);
    const server = await listening();
    expect((await fetchFeed(server, feed.url)).status).toBe(200);
    expect((await fetch(`${server}/calendar/${'A'.repeat(43)}.ics`)).status).toBe(404);
    expect((await fetch(`${server}/calendar/short.ics`)).status).toBe(400);
  });

  it('refuses bad settings with the field named, changing nothing', async () => {
    const owner = await Client.registered(t.app);
    const id = await newRecovery(owner);
    const cases: [unknown, string][] = [
      [{ ...SETTINGS, timeZone: 'Mars/Olympus_Mons' }, 'timeZone'],
      [{ ...SETTINGS, checkInTime: '25:00' }, 'checkInTime'],
      [{ ...SETTINGS, sessionTimes: ['10:00', '10:00'] }, 'sessionTimes'],
      [{ timeZone: 'Europe/London', sessionTimes: [], showExercises: false }, 'sessionTimes'],
      [{ ...SETTINGS, weeklyMeasures: { day: 'someday', time: '10:00' } }, 'weeklyMeasures.day'],
      [{ ...SETTINGS, extra: true }, 'extra'],
    ];
    for (const [body, field] of cases) {
      const res = await owner.send('PUT', `/api/v1/recoveries/${id}/calendar-feed`, body);
      expect(res.statusCode, field).toBe(400);
      expect((res.json() as { error: { field?: string } }).error.field, JSON.stringify(body)).toBe(field);
    }
    expect((await owner.send('GET', `/api/v1/recoveries/${id}/calendar-feed`)).statusCode).toBe(404);
  });

  it('goes with its recovery and with the account: deleted means deleted, and the export has the settings', async () => {
    const owner = await Client.registered(t.app);
    const id = await newRecovery(owner);
    const feed = (await owner.send('PUT', `/api/v1/recoveries/${id}/calendar-feed`, SETTINGS)).json() as { url: string };
    const exported = (await owner.send('GET', '/api/v1/me/export')).json() as { calendarFeeds: unknown[] };
    expect(exported.calendarFeeds).toEqual([{ recoveryId: id, settings: SETTINGS, createdAt: expect.any(String) }]);
    expect(JSON.stringify(exported)).not.toContain(new URL(feed.url).pathname.slice(10, 40));
    expect((await owner.send('DELETE', `/api/v1/recoveries/${id}`)).statusCode).toBe(204);
    expect((await fetchFeed(await listening(), feed.url)).status).toBe(404);

    const id2 = await newRecovery(owner);
    await owner.send('PUT', `/api/v1/recoveries/${id2}/calendar-feed`, SETTINGS);
    expect((await t.counts(owner.userId)).calendar_feeds).toBe(1);
    expect((await owner.send('DELETE', '/api/v1/me', { password: 'correct horse battery staple' })).statusCode).toBe(204);
    expect((await t.counts(owner.userId)).calendar_feeds).toBe(0);
  });
});
