/** Which exercises fall on which day: the pure schedule lives in core (the progress summary reads it too). */
export {
  addDays,
  dayKind,
  dayNumber,
  daysBetween,
  isDaily,
  itemsOn,
  scheduledOn,
  type ScheduledItem,
} from "@upstream/core";
