/** Checklists (#/checklists): the 5-minute spine routine with a follow-along timer, and tick lists for the others. */
import { useState } from "react";
import type { Checklist } from "@upstream/core";
import { CHECKLISTS } from "@upstream/core/checklists";
import { Timer } from "../components/timer";
import { SOURCE_TITLES } from "../lib/knowledge";
import { minutesAndSeconds, routineSteps } from "../lib/routine";
import "./learn.css";

/** The checklist that is a routine to follow along, step by step, with a timer. */
const ROUTINE = "daily_spine_protectors";
const RED_FLAGS = "red_flags_checklist";

export function ChecklistsPage({ id }: { id?: string | undefined }) {
  if (id === undefined || id === "") return <ChecklistIndex />;
  const list = CHECKLISTS.find((c) => c.id === id);
  if (!list)
    return (
      <section>
        <h1>Checklist not found</h1>
        <p>
          <a href="#/checklists">See all checklists</a>
        </p>
      </section>
    );
  return <ChecklistView key={list.id} list={list} />;
}

function ChecklistIndex() {
  return (
    <section>
      <h1>Checklists</h1>
      <p>Short lists to act on: a daily routine, a desk set-up, warm-ups, and the warning signs.</p>
      <ul className="learn-list">
        {CHECKLISTS.map((c) => (
          <li key={c.id} className="card">
            <h2>
              <a href={`#/checklists/${c.id}`}>{c.title}</a>
            </h2>
            <p>{c.when}</p>
          </li>
        ))}
      </ul>
      <p>
        <a href="#/reminders">Reminders to move, and for your daily session</a>
      </p>
    </section>
  );
}

function ChecklistView({ list }: { list: Checklist }) {
  return (
    <article>
      <p className="small">
        <a href="#/checklists">All checklists</a>
      </p>
      <h1>{list.title}</h1>
      <p>{list.when}</p>
      {list.id === ROUTINE ? (
        <FollowAlong list={list} />
      ) : list.id === RED_FLAGS ? (
        <RedFlags list={list} />
      ) : (
        <TickList list={list} />
      )}
      {list.id === "desk_setup" && (
        <p>
          <a href="#/reminders">Set a reminder to stand and move every 20-30 minutes</a>
        </p>
      )}
      <h2>Sources</h2>
      <ul className="small">
        {list.source.map((s) => (
          <li key={`${s.doc} ${s.section}`}>
            <cite>{SOURCE_TITLES[s.doc] ?? s.doc}</cite>: {s.section}
          </li>
        ))}
      </ul>
    </article>
  );
}

function TickList({ list }: { list: Checklist }) {
  const [done, setDone] = useState<ReadonlySet<number>>(new Set());
  const toggle = (i: number) =>
    setDone((d) => {
      const next = new Set(d);
      if (next.has(i)) next.delete(i);
      else next.add(i);
      return next;
    });
  return (
    <>
      <ul className="check-items">
        {list.items.map((item, i) => (
          <li key={item.text}>
            <label>
              <input type="checkbox" checked={done.has(i)} onChange={() => toggle(i)} />
              <span className={done.has(i) ? "done" : undefined}>
                {item.text}
                {item.exercise && (
                  <>
                    {" "}
                    <a href={`#/exercise/${item.exercise}`}>How to</a>
                  </>
                )}
              </span>
            </label>
          </li>
        ))}
      </ul>
      <p role="status" className="muted">
        {done.size === list.items.length ? "All done." : `${done.size} of ${list.items.length} done.`}
      </p>
    </>
  );
}

/** The warning signs are not something to tick off: any one of them means stop and get help. */
function RedFlags({ list }: { list: Checklist }) {
  return (
    <div className="card light light-red">
      <p>
        <strong>If any of these is true, stop the self-care plan and get urgent care today.</strong> Call your
        local emergency number if it is severe or getting worse fast.
      </p>
      <ul>
        {list.items.map((item) => (
          <li key={item.text}>{item.text}</li>
        ))}
      </ul>
      <p>
        <a href="#/learn/red-flags">Why these signs matter</a>
      </p>
    </div>
  );
}

/** Steps through the routine: each step's countdown starts the next when it ends. */
function FollowAlong({ list }: { list: Checklist }) {
  const steps = routineSteps(list);
  const [at, setAt] = useState(0);
  const [going, setGoing] = useState(false);
  const [finished, setFinished] = useState(false);
  const total = steps.reduce((n, s) => n + s.seconds, 0);
  const step = steps[at]!;
  function advance() {
    if (at + 1 < steps.length) setAt(at + 1);
    else {
      setFinished(true);
      setGoing(false);
    }
  }
  return (
    <>
      <p>
        {steps.length} steps, about {minutesAndSeconds(total)} in all. Press Start and follow along: each step
        moves on by itself when its time is up.
      </p>
      {finished ? (
        <div className="card routine-step">
          <h2>Routine done</h2>
          <p role="status">Well done: that is today&apos;s 5 minutes for your spine.</p>
          <button
            type="button"
            className="btn"
            onClick={() => {
              setAt(0);
              setFinished(false);
            }}
          >
            Start again
          </button>
        </div>
      ) : (
        <div className="card routine-step">
          <h2>
            Step {at + 1} of {steps.length}
          </h2>
          <p className="routine-now" aria-live="polite">
            {step.text}
          </p>
          <Timer
            key={at}
            label={`${minutesAndSeconds(step.seconds)} for this step`}
            countdown={step.seconds}
            autoStart={going}
            onStop={(seconds) => {
              if (seconds >= step.seconds) {
                setGoing(true);
                advance();
              } else setGoing(false);
            }}
          />
          <div className="row">
            <button
              type="button"
              className="btn"
              onClick={() => setAt(Math.max(0, at - 1))}
              disabled={at === 0}
            >
              Previous step
            </button>
            <button
              type="button"
              className="btn"
              onClick={() => {
                setGoing(true);
                advance();
              }}
            >
              {at + 1 < steps.length ? "Next step" : "Finish"}
            </button>
          </div>
        </div>
      )}
      <h2>The whole routine</h2>
      <ol className="routine-list">
        {steps.map((s, i) => (
          <li
            key={s.text}
            className={i === at && !finished ? "current" : i < at || finished ? "past" : undefined}
            aria-current={i === at && !finished ? "step" : undefined}
          >
            {s.text} ({minutesAndSeconds(s.seconds)})
          </li>
        ))}
      </ol>
    </>
  );
}
