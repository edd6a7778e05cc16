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
  learn: () => import("./learn.page"),
  checklists: () => import("./checklists.page"),
  reminders: () => import("./reminders.page"),
  clinic: () => import("./clinic.page"),
  clinicPatient: () => import("./clinic-patient.page"),
  measures: () => import("./measures.page"),
};

export const WizardPage = lazy(() => loaders.wizard().then((m) => ({ default: m.WizardPage })));
export const TodayPage = lazy(() => loaders.today().then((m) => ({ default: m.TodayPage })));
export const CheckinPage = lazy(() => loaders.checkin().then((m) => ({ default: m.CheckinPage })));
export const WeekPage = lazy(() => loaders.week().then((m) => ({ default: m.WeekPage })));
export const ProgressPage = lazy(() => loaders.progress().then((m) => ({ default: m.ProgressPage })));
export const AccountPage = lazy(() => loaders.account().then((m) => ({ default: m.AccountPage })));
export const ExercisePage = lazy(() => loaders.exercise().then((m) => ({ default: m.ExercisePage })));
export const LearnPage = lazy(() => loaders.learn().then((m) => ({ default: m.LearnPage })));
export const ChecklistsPage = lazy(() => loaders.checklists().then((m) => ({ default: m.ChecklistsPage })));
export const RemindersPage = lazy(() => loaders.reminders().then((m) => ({ default: m.RemindersPage })));
export const ClinicPage = lazy(() => loaders.clinic().then((m) => ({ default: m.ClinicPage })));
export const ClinicPatientPage = lazy(() =>
  loaders.clinicPatient().then((m) => ({ default: m.ClinicPatientPage })),
);
export const MeasuresPage = lazy(() => loaders.measures().then((m) => ({ default: m.MeasuresPage })));

/** Loads every page's code in the background (once the service worker can keep it for offline use). */
export function warmPages(): void {
  for (const load of Object.values(loaders)) void load().catch(() => undefined);
}
