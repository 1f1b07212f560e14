import type { PathSegment } from "../../common/json-path.js";
import { minutesOf } from "../durations.js";
import { warning } from "../finding.js";
import { hostOf, isInstitutional } from "../hosts.js";
import { filled, quoted, titleOf } from "../text.js";
import type { CheckContext, Rule, RuleFinding } from "../types.js";

interface ExternalLink {
  title: string;
  url: string;
  path: PathSegment[];
  /** Missing parts of its instruction; undefined when the link has no room for them ("pour aller plus loin"). */
  missing?: string[];
}

export const RES_5: Rule = {
  requirement: "RES-5",
  section: "D.2",
  severities: ["warning"],
  checks:
    "Chaque lien externe (ressource ou « pour aller plus loin ») mène à un site institutionnel (gouv.fr, service-public.fr, europa.eu… et settings.institutionalHosts) ; chaque ressource en ligne a une consigne et un temps à y consacrer.",
  applies: (ctx) => externalLinks(ctx).length > 0,
  check: (ctx) =>
    externalLinks(ctx).flatMap((link): RuleFinding[] => {
      const out: RuleFinding[] = [];
      const host = hostOf(link.url);
      if (host === undefined || !isInstitutional(host, ctx.settings.institutionalHosts)) {
        out.push(
          warning(
            [...link.path, "url"],
            `Le lien ${quoted(link.title)} mène à un site qui n'est pas reconnu comme institutionnel (${host ?? link.url}) : préférez un site institutionnel et stable, ou, si ce site l'est, ajoutez son domaine à « settings.institutionalHosts ».`,
          ),
        );
      }
      if (link.missing && link.missing.length > 0) {
        out.push(
          warning(
            link.path,
            `Le lien externe ${quoted(link.title)} n'a pas de ${link.missing.join(" ni de ")} : précisez ce qu'il faut y consulter et combien de temps y passer.`,
          ),
        );
      }
      return out;
    }),
};

function externalLinks({ resources, project }: CheckContext): ExternalLink[] {
  const fromResources = resources
    .filter(({ resource }) => filled(resource?.url))
    .map(({ resource, path }) => ({
      title: titleOf(resource),
      url: resource.url!,
      path,
      missing: [
        ...(filled(resource.instructions) ? [] : ["consigne (« instructions »)"]),
        ...(minutesOf(resource.duration) === undefined ? ["temps à y consacrer (« duration »)"] : []),
      ],
    }));
  const further = (project.conclusion?.furtherReading ?? [])
    .map((link, i) => ({ link, path: ["conclusion", "furtherReading", i] as PathSegment[] }))
    .filter(({ link }) => filled(link?.url))
    .map(({ link, path }) => ({ title: titleOf(link), url: link.url!, path }));
  return [...fromResources, ...further];
}
