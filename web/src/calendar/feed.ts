// A calendar feed of the API (iCalendar) read into the events the year view draws, with Mozilla's
// ical.js: the same feed people subscribe to in their own calendars, so the page and their calendar
// never disagree.
import ICAL from "ical.js";

export interface FeedEvent {
  uid: string;
  day: string; // YYYY-MM-DD
  summary: string;
  description: string;
}

export function parseFeed(text: string): FeedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar
    .getAllSubcomponents("vevent")
    .map((vevent) => {
      const event = new ICAL.Event(vevent);
      const start = event.startDate;
      const day = `${start.year}-${String(start.month).padStart(2, "0")}-${String(start.day).padStart(2, "0")}`;
      return { uid: event.uid, day, summary: event.summary ?? "", description: event.description ?? "" };
    })
    .sort((a, b) => a.day.localeCompare(b.day));
}
