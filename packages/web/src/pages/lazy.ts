/**
 * The pages loaded when first opened: the start page and the results page (where the check lands) come with the
 * app, so a first visit downloads and runs little JavaScript. `warmPages` fetches the rest later, so the service
 * worker has them for offline use.
 */
import { lazy } from "react";

const loaders = {
  wizard: () => import("./wizard.page"),
  today: () => import("./today.page"),
  checkin: () => import("./checkin.page"),
  week: () => import("./week.page"),
  progress: () => import("./progress.page"),
  account: () => import("./account.page"),
  exercise: () => import("./exercise.page"),
};

export const WizardPage = lazy(() => loaders.wizard().then((m) => ({ default: m.WizardPage })));
export const TodayPage = lazy(() => loaders.today().then((m) => ({ default: m.TodayPage })));
export const CheckinPage = lazy(() => loaders.checkin().then((m) => ({ default: m.CheckinPage })));
export const WeekPage = lazy(() => loaders.week().then((m) => ({ default: m.WeekPage })));
export const ProgressPage = lazy(() => loaders.progress().then((m) => ({ default: m.ProgressPage })));
export const AccountPage = lazy(() => loaders.account().then((m) => ({ default: m.AccountPage })));
export const ExercisePage = lazy(() => loaders.exercise().then((m) => ({ default: m.ExercisePage })));

/** Loads every page's code in the background (once the service worker can keep it for offline use). */
export function warmPages(): void {
  for (const load of Object.values(loaders)) void load().catch(() => undefined);
}
