/** Learn: the education topics (#/learn) and one topic with its pictures and sources (#/learn/<topic>). */
import { chainFor } from "@upstream/core/bodymap";
import { CHECKLISTS } from "@upstream/core/checklists";
import { EDUCATION, EDUCATION_BY_ID, type EducationPicture } from "@upstream/core/education";
import { ChainMap, RegionsMap } from "../components/body-map";
import { PainRulesPicture, ProgressionPicture } from "../components/rule-pictures";
import { SOURCE_TITLES } from "../lib/knowledge";
import "./learn.css";

export function LearnPage({ topic }: { topic?: string | undefined }) {
  if (topic === undefined || topic === "") return <LearnIndex />;
  const found = EDUCATION_BY_ID.get(topic);
  if (!found)
    return (
      <section>
        <h1>Topic not found</h1>
        <p>
          <a href="#/learn">See all topics</a>
        </p>
      </section>
    );
  return <Topic id={found.id} />;
}

function LearnIndex() {
  return (
    <section>
      <h1>Learn how the chain works</h1>
      <p>
        Why a calf, a hamstring or a shoulder can hurt because of something further up the chain, what the
        warning signs are, and why the plan moves as it does. Self-care guidance, not a diagnosis.
      </p>
      <ul className="learn-list">
        {EDUCATION.map((t) => (
          <li key={t.id} className="card">
            <h2>
              <a href={`#/learn/${t.id}`}>{t.title}</a>
            </h2>
            <p>{t.summary}</p>
          </li>
        ))}
      </ul>
      <p>
        <a href="#/checklists">Checklists: the 5-minute spine routine, desk set-up, warm-ups</a>
      </p>
    </section>
  );
}

function Picture({ picture }: { picture: EducationPicture }) {
  switch (picture.kind) {
    case "chain":
      return <ChainMap chain={chainFor(picture.driver, picture.complaint)} caption={picture.caption} />;
    case "regions":
      return <RegionsMap regions={picture.regions} caption={picture.caption} />;
    case "pain_rules":
      return <PainRulesPicture caption={picture.caption} />;
    case "progression":
      return <ProgressionPicture caption={picture.caption} />;
  }
}

function Topic({ id }: { id: string }) {
  const topic = EDUCATION_BY_ID.get(id)!;
  const checklists = (topic.checklists ?? [])
    .map((c) => CHECKLISTS.find((x) => x.id === c))
    .filter((c) => c !== undefined);
  const [firstPicture, ...morePictures] = topic.pictures;
  return (
    <article className="learn">
      <p className="small">
        <a href="#/learn">All topics</a>
      </p>
      <h1>{topic.title}</h1>
      <p className="learn-lead">{topic.summary}</p>
      {firstPicture && <Picture picture={firstPicture} />}
      {topic.sections.map((s, i) => (
        <section key={s.heading}>
          <h2>{s.heading}</h2>
          {s.paragraphs.map((p) => (
            <p key={p}>{p}</p>
          ))}
          {s.points && (
            <ul>
              {s.points.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
          {/* The further pictures sit after the first section they illustrate. */}
          {i === 0 && morePictures.map((p) => <Picture key={p.caption} picture={p} />)}
        </section>
      ))}
      {checklists.length > 0 && (
        <section>
          <h2>Checklists for this</h2>
          <ul>
            {checklists.map((c) => (
              <li key={c.id}>
                <a href={`#/checklists/${c.id}`}>{c.title}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="learn-sources">
        <h2>Sources</h2>
        <ul className="small">
          {topic.source.map((s) => (
            <li key={`${s.doc} ${s.section}`}>
              <cite>{SOURCE_TITLES[s.doc] ?? s.doc}</cite>: {s.section}
            </li>
          ))}
        </ul>
        <p className="muted small">
          Self-care guidance, not a diagnosis. If something gets worse or a warning sign appears, get medical
          help.
        </p>
      </section>
    </article>
  );
}
