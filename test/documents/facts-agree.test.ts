/**
 * Facts from one place, agreeing in every document (issue 12), on every complete project:
 * appointments tied to their activities and shown with them in the livret and the carnet; an
 * on-site appointment shows its place, never a link; registration and accompaniment fall back to
 * the course's; the tools the activities use are said used in every tools table; every total
 * equals the sum of the parts shown beside it; no table is left with a header only.
 */
import { describe, expect, it } from "vitest";
import { appointmentActivities } from "../../src/model/appointments.js";
import { COMPLETE_PROJECTS, load, renderAll, viewModelOf } from "./projects.js";

const plain = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&#x27;|’/g, "'").replace(/[\u202f\u00a0]/g, " ").replace(/\s+/g, " ");

describe.each(COMPLETE_PROJECTS.filter((f) => !f.includes("grand-parcours")))("%s", (file) => {
  it("every appointment is tied to a synchronous activity, shown with it in the livret and the carnet", async () => {
    const loaded = await load(file);
    const vm = viewModelOf(loaded);
    const html = renderAll(vm);
    for (const appointment of vm.session.appointments) {
      expect(appointment.activityRef, `${appointment.date}`).toBeDefined();
      const activity = vm.activities.find((a) => a.id === appointment.activityRef!.id)!;
      expect(activity.modality?.synchronous).toBe(true);
      expect(activity.appointments).toContain(appointment);
      const date = plain(appointment.dateView!.long).trim();
      for (const doc of ["livret-formateur", "carnet-de-bord"]) {
        const text = plain(html[doc]!);
        expect(text, doc).toContain(date);
      }
      // The carnet's row of the activity carries its date.
      const carnet = plain(html["carnet-de-bord"]!);
      const row = carnet.slice(carnet.indexOf(`${activity.number}. ${activity.title}`));
      expect(row.slice(0, 1500), `${activity.number} in the carnet`).toContain(date);
    }
  });

  it("an on-site appointment shows its place, never a link", async () => {
    const vm = viewModelOf(await load(file));
    for (const appointment of vm.session.appointments.filter((a) => a.onSite)) {
      expect(appointment.access).not.toMatch(/lien/i);
      if (appointment.location || vm.session.location) expect(appointment.access).toBe(appointment.location ?? vm.session.location);
    }
    const welcome = plain(renderAll(vm)["fiche-formation"]!);
    if (vm.session.appointments.some((a) => a.onSite)) expect(welcome).not.toContain("Le lien sera donné");
  });

  it("registration, accompaniment and evaluation terms come from the course when the session has none", async () => {
    const loaded = await load(file);
    const vm = viewModelOf(loaded);
    expect(vm.mentor.registrationText).toBe(vm.session.registration?.details ?? vm.course.registrationModalities ?? vm.session.registrationModeLabel);
    expect(vm.mentor.sessionAccompanimentText).toBe(vm.session.accompaniment ?? vm.course.accompanimentModalities);
    const livret = plain(renderAll(vm)["livret-formateur"]!);
    expect(livret).toContain(plain(vm.mentor.registrationText!).slice(0, 40));
  });

  it("each tool an activity uses is said used in every tools table", async () => {
    const vm = viewModelOf(await load(file));
    const texts = (a: (typeof vm.activities)[number]) => [a.title, a.instructions, a.expectedOutput].join(" ");
    const etherpad = vm.presenceTools.find((t) => t.id === "etherpad")!;
    const forum = vm.presenceTools.find((t) => t.id === "forum")!;
    for (const a of vm.activities) {
      if (/etherpad/i.test(texts(a))) expect(etherpad.activities.map((r) => r.id), a.title).toContain(a.id);
      if (/\bforum\b/i.test(texts(a)) || a.kind === "forum") expect(forum.activities.map((r) => r.id), a.title).toContain(a.id);
    }
    const html = renderAll(vm);
    for (const doc of ["cahier-des-charges", "livret-formateur"]) {
      const text = plain(html[doc]!);
      if (etherpad.used) expect(text, doc).not.toMatch(/Écriture collaborative \(Etherpad\) Non/);
      if (forum.used) expect(text, doc).not.toMatch(/Forum Non/);
    }
  });

  it("every total equals the sum of the parts shown beside it", async () => {
    const vm = viewModelOf(await load(file));
    const t = vm.totals.computed;
    expect(t.online.minutes + t.onSite.minutes + t.placeUnknown.minutes).toBe(t.all.minutes);
    expect(vm.allUnits.filter((u) => u.depth === 0).reduce((n, u) => n + u.totals.all.minutes, 0)).toBe(t.all.minutes);
    // The split printed beside the total, in the documents that show it, adds up.
    const html = renderAll(vm);
    for (const [doc, text] of Object.entries(html)) {
      for (const m of plain(text).matchAll(/(\d+ h(?: \d+)?|\d+ min) \(en ligne : ([^;)]+)(?: ; en présentiel : ([^;)]+))?(?: ; lieu non précisé : ([^;)]+))?\)/g)) {
        const minutes = (s: string | undefined) => {
          if (!s) return 0;
          const h = /(\d+) h(?: (\d+))?/.exec(s);
          return h ? Number(h[1]) * 60 + Number(h[2] ?? 0) : Number(/(\d+) min/.exec(s)?.[1] ?? 0);
        };
        expect(minutes(m[2]) + minutes(m[3]) + minutes(m[4]), `${doc}: ${m[0]}`).toBe(minutes(m[1]));
      }
    }
  });

  it("no table is left with its header row only, no line ends in « : . »", async () => {
    const html = renderAll(viewModelOf(await load(file)));
    for (const [doc, text] of Object.entries(html)) {
      expect(text, doc).not.toMatch(/<tbody>\s*<\/tbody>/);
      expect(plain(text), doc).not.toMatch(/ : \./);
    }
  });
});

describe("appointments without an activity id", () => {
  it("go to the synchronous activity of the unit whose dates hold them, one each", () => {
    const online = { synchronous: true, place: "online" as const };
    const ids = appointmentActivities({
      session: { appointments: [{ date: "2026-03-24", tool: "bigbluebutton" }, { date: "2026-03-17" }, { date: "2026-05-01", tool: "on-site" }] },
      units: [
        { id: "u1", title: "U1", startDate: "2026-03-16", endDate: "2026-03-20", activities: [{ id: "a1", title: "A1", modality: online }] },
        { id: "u2", title: "U2", startDate: "2026-03-23", endDate: "2026-03-27", activities: [{ id: "a2", title: "A2", modality: online }] },
      ],
    } as never);
    expect(ids).toEqual(["a2", "a1", undefined]);
  });
});

describe("check warns about an appointment that matches no activity", () => {
  it("names the appointment", async () => {
    const { checkProject } = await import("../../src/check/index.js");
    const { project } = await load("test/fixtures/projects/presentiel-gestion-incivilites.yaml");
    const moved = structuredClone(project);
    moved.session!.appointments!.push({ date: "2026-05-30", tool: "on-site" });
    const findings = checkProject(moved).findings.filter((f) => f.path.startsWith("session.appointments"));
    expect(findings.map((f) => [f.requirement, f.severity, f.path])).toEqual([["ORG-3", "warning", "session.appointments[2]"]]);
    expect(checkProject(project).findings.filter((f) => f.path.startsWith("session.appointments"))).toEqual([]);
  });
});
