/** Habit reminders in the browser: settings on the phone, permission, a timer for the next one while the app is open. */
import { useEffect, useState } from "react";
import { load, save } from "./storage";
import { nextReminders, readReminderSettings, type ReminderKind, type ReminderSettings } from "./reminders";

const KEY = "reminders";
/** Fired on the window when the settings change in this tab (other tabs hear the storage event). */
const CHANGED = "upstream:reminders";

export function loadReminderSettings(): ReminderSettings {
  return readReminderSettings(load<unknown>(KEY, null));
}

export function saveReminderSettings(settings: ReminderSettings): void {
  save(KEY, settings);
  window.dispatchEvent(new Event(CHANGED));
}

export type Permission = "unsupported" | "default" | "granted" | "denied";

export function notificationPermission(): Permission {
  return typeof Notification === "undefined" ? "unsupported" : Notification.permission;
}

/** Asks for permission (only ever called when the person turns a reminder on). */
export async function askPermission(): Promise<Permission> {
  if (typeof Notification === "undefined") return "unsupported";
  if (Notification.permission !== "default") return Notification.permission;
  return Notification.requestPermission();
}

const WORDS: Record<ReminderKind, { title: string; body: string; url: string }> = {
  movement: {
    title: "Time to move",
    body: "Stand up or walk for 2-3 minutes, then carry on.",
    url: "/#/checklists/desk_setup",
  },
  session: {
    title: "Today's session",
    body: "Your Upstream session is ready when you are.",
    url: "/#/today",
  },
};

/** Shows a reminder through the service worker (a click opens the app), or directly when there is none. */
export async function showReminder(kind: ReminderKind): Promise<boolean> {
  if (notificationPermission() !== "granted") return false;
  const words = WORDS[kind];
  const options: NotificationOptions = {
    body: words.body,
    tag: `upstream-${kind}`,
    icon: "/icon-192.png",
    data: { url: words.url },
  };
  const registration =
    "serviceWorker" in navigator
      ? await navigator.serviceWorker.getRegistration().catch(() => undefined)
      : undefined;
  if (registration) await registration.showNotification(words.title, options);
  else new Notification(words.title, options);
  return true;
}

/** The settings, kept in step with changes from this tab and others. */
export function useReminderSettings(): ReminderSettings {
  const [settings, setSettings] = useState(loadReminderSettings);
  useEffect(() => {
    const on = () => setSettings(loadReminderSettings());
    window.addEventListener(CHANGED, on);
    window.addEventListener("storage", on);
    return () => {
      window.removeEventListener(CHANGED, on);
      window.removeEventListener("storage", on);
    };
  }, []);
  return settings;
}

/** While the app is open: waits for the next reminder, shows it, then waits for the one after. */
export function useReminderRunner(): void {
  const settings = useReminderSettings();
  const [round, setRound] = useState(0);
  useEffect(() => {
    const next = nextReminders(settings, new Date())[0];
    if (!next) return;
    // Timers longer than about 24.8 days overflow; the schedule is looked at again well before that.
    const delay = Math.min(Math.max(0, next.at.getTime() - Date.now()), 6 * 3_600_000);
    const id = window.setTimeout(() => {
      const due = next.at.getTime() <= Date.now() + 1000;
      void (due ? showReminder(next.kind) : Promise.resolve(false))
        .catch(() => false)
        .finally(() => setRound((r) => r + 1));
    }, delay);
    return () => window.clearTimeout(id);
  }, [settings, round]);
}
