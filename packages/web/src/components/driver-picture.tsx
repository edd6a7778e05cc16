/** A driver's chain picture on the results page (loaded on demand): drawn for the complaint it reaches, with a link to learn more. */
import type { DriverId, Region } from "@upstream/core";
import { chainFor, complaintForDriver } from "@upstream/core/bodymap";
import { EDUCATION_BY_ID, EDUCATION_FOR_DRIVER } from "@upstream/core/education";
import { ChainMap, type ComplaintSide } from "./body-map";

export interface ComplaintAt {
  region: Region;
  side?: ComplaintSide | undefined;
}

export default function DriverPicture({
  driver,
  complaints,
}: {
  driver: DriverId;
  complaints: readonly ComplaintAt[];
}) {
  const region = complaintForDriver(
    driver,
    complaints.map((c) => c.region),
  );
  if (!region) return null;
  const side = complaints.find((c) => c.region === region)?.side;
  const topic = EDUCATION_BY_ID.get(EDUCATION_FOR_DRIVER[driver]);
  return (
    <>
      <ChainMap chain={chainFor(driver, region)} side={side} />
      {topic && (
        <p className="small">
          Learn more: <a href={`#/learn/${topic.id}`}>{topic.title}</a>
        </p>
      )}
    </>
  );
}
