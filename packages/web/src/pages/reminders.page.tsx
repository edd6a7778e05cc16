/** Reminders (#/reminders): stand and move while sitting, a daily session reminder, one switch for all; asks consent when turned on. */
import { useId, useState } from "react";
import {
  askPermission,
  notificationPermission,
  saveReminderSettings,
  showReminder,
  useReminderSettings,
  type Permission,
} from "../lib/reminder-runner";
import { MOVE_EVERY, nextReminders, type ReminderSettings } from "../lib/reminders";
import "./learn.css";

const BLOCKED =
  "Notifications are blocked for Upstream in this browser. To use reminders, allow notifications for this site " +
  "in the browser's site settings, then come back and turn them on.";
const UNSUPPORTED =
  "This browser cannot show notifications, so reminders cannot work here. On an iPhone, add Upstream to the " +
  "home screen first. A kitchen timer works too.";

function clock(d: Date): string {
  return d.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
}

export function RemindersPage() {
  const settings = useReminderSettings();
  const [permission, setPermission] = useState<Permission>(notificationPermission);
  const [message, setMessage] = useState<string>();
  const [tested, setTested] = useState<string>();
  const ids = { every: useId(), from: useId(), to: useId(), at: useId() };

  /** Turning something on asks for permission first; it stays off unless permission is given. */
  async function turnOn(change: (s: ReminderSettings) => ReminderSettings) {
    setMessage(undefined);
    const result = await askPermission();
    setPermission(result);
    if (result === "granted") saveReminderSettings({ ...change(settings), on: true });
    else if (result === "unsupported") setMessage(UNSUPPORTED);
    else if (result === "denied") setMessage(BLOCKED);
    else setMessage("You did not allow notifications, so reminders stay off.");
  }

  const update = (change: (s: ReminderSettings) => ReminderSettings) =>
    saveReminderSettings(change(settings));

  const next = nextReminders(settings, new Date());
  const notice = permission === "denied" ? BLOCKED : permission === "unsupported" ? UNSUPPORTED : undefined;
  return (
    <section>
      <h1>Reminders</h1>
      <p>
        Two optional nudges: to stand up and move every {MOVE_EVERY.min}-{MOVE_EVERY.max} minutes while you
        sit, and one a day for your session. They show on this phone while Upstream is open in a tab or
        installed. Nothing is sent to a server.
      </p>
      {/* Shown from the start when blocked or unsupported; announced when turning a reminder on was refused. */}
      {(message ?? notice) && (
        <p key={message ? "said" : "shown"} className="notice" role={message ? "alert" : undefined}>
          {message ?? notice}
        </p>
      )}

      <div className="card">
        <label className="switch">
          <span>All reminders</span>
          <input
            type="checkbox"
            role="switch"
            checked={settings.on}
            onChange={(e) => {
              if (e.target.checked)
                void turnOn((s) =>
                  s.movement.on || s.session.on ? s : { ...s, movement: { ...s.movement, on: true } },
                );
              else update((s) => ({ ...s, on: false }));
            }}
          />
        </label>
        <p className="small muted">
          {settings.on ? "Turn this off to stop every reminder at once." : "Every reminder is off."}
        </p>
      </div>

      <fieldset className="card">
        <legend className="field">Move while you sit</legend>
        <label className="switch">
          <span>Remind me to stand and move</span>
          <input
            type="checkbox"
            role="switch"
            checked={settings.on && settings.movement.on}
            onChange={(e) => {
              if (e.target.checked) void turnOn((s) => ({ ...s, movement: { ...s.movement, on: true } }));
              else update((s) => ({ ...s, movement: { ...s.movement, on: false } }));
            }}
          />
        </label>
        <div className="reminder-fields">
          <label htmlFor={ids.every}>
            Every
            <select
              id={ids.every}
              value={settings.movement.everyMinutes}
              onChange={(e) =>
                update((s) => ({ ...s, movement: { ...s.movement, everyMinutes: Number(e.target.value) } }))
              }
            >
              {[20, 25, 30].map((m) => (
                <option key={m} value={m}>
                  {m} minutes
                </option>
              ))}
            </select>
          </label>
          <label htmlFor={ids.from}>
            Sitting from
            <input
              id={ids.from}
              type="time"
              value={settings.movement.from}
              onChange={(e) =>
                e.target.value && update((s) => ({ ...s, movement: { ...s.movement, from: e.target.value } }))
              }
            />
          </label>
          <label htmlFor={ids.to}>
            Until
            <input
              id={ids.to}
              type="time"
              value={settings.movement.to}
              onChange={(e) =>
                e.target.value && update((s) => ({ ...s, movement: { ...s.movement, to: e.target.value } }))
              }
            />
          </label>
        </div>
        {settings.movement.to <= settings.movement.from && (
          <p className="error" role="alert">
            &quot;Until&quot; must be later than &quot;Sitting from&quot;: no movement reminders until it is.
          </p>
        )}
      </fieldset>

      <fieldset className="card">
        <legend className="field">Daily session</legend>
        <label className="switch">
          <span>Remind me about today&apos;s session</span>
          <input
            type="checkbox"
            role="switch"
            checked={settings.on && settings.session.on}
            onChange={(e) => {
              if (e.target.checked) void turnOn((s) => ({ ...s, session: { ...s.session, on: true } }));
              else update((s) => ({ ...s, session: { ...s.session, on: false } }));
            }}
          />
        </label>
        <div className="reminder-fields">
          <label htmlFor={ids.at}>
            At
            <input
              id={ids.at}
              type="time"
              value={settings.session.at}
              onChange={(e) =>
                e.target.value && update((s) => ({ ...s, session: { ...s.session, at: e.target.value } }))
              }
            />
          </label>
        </div>
      </fieldset>

      <p role="status">
        {next.length === 0
          ? "No reminders are set."
          : `Next: ${next.map((r) => `${r.kind === "movement" ? "move" : "session"} at ${clock(r.at)}`).join(", ")}.`}
      </p>
      {settings.on && permission === "granted" && (
        <p>
          <button
            type="button"
            className="btn"
            onClick={() =>
              void showReminder("movement").then((shown) =>
                setTested(shown ? "A test reminder was sent." : "The test reminder could not be shown."),
              )
            }
          >
            Send a test reminder
          </button>
        </p>
      )}
      <p role="status">{tested}</p>
      <p className="small muted">
        The sitting advice comes from &quot;Spinal Health and Skeletal Muscle&quot; (change positions every
        20-30 minutes; stand or walk for 2-3 minutes).
      </p>
    </section>
  );
}
