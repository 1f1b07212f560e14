// Generates examples/grand-parcours.json: a large, valid and guide-complete training project
// (10 top-level units, 42 units in all, 180 activities) used by the benchmarks and the
// tests. Deterministic: the only "randomness" is a PRNG with a fixed seed, so the committed file
// is exactly what `node scripts/gen-large-example.mjs` writes.
import { rename, writeFile } from "node:fs/promises";

const outPath = new URL("../examples/grand-parcours.json", import.meta.url);

/** `à` before a subject, contracted as French writes it: « au plan », « aux congés », « à la paie ». */
function toSubject(subject) {
  return `à ${subject}`.replace(/^à le /, "au ").replace(/^à les /, "aux ");
}

/** mulberry32: a small seeded PRNG (same sequence on every machine). */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** « 45 min », « 2h », « 1h05 »: the schema's human duration forms. */
function duration(minutes) {
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h}h` : `${h}h${String(m).padStart(2, "0")}`;
}

/** ISO date `days` after `start` (UTC, so no time-zone drift). */
function addDays(start, days) {
  const d = new Date(`${start}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const SESSION_START = "2026-09-07"; // a Monday
const WEEKS_PER_MODULE = 4;

// Institutional, stable pages (guide D.2); one is picked for each online resource.
const LINKS = [
  ["https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000044416551", "Code général de la fonction publique (Légifrance)"],
  ["https://www.service-public.fr/particuliers/vosdroits/N19805", "Fonction publique (service-public.fr)"],
  ["https://www.fonction-publique.gouv.fr/", "Portail de la fonction publique (DGAFP)"],
  ["https://www.vie-publique.fr/fiches/fonction-publique", "Fiches « Fonction publique » (vie-publique.fr)"],
  ["https://www.info.gouv.fr/", "Portail du Gouvernement"],
];

// Eight thematic modules, each with four sub-units (topic and the noun phrase used in titles).
const MODULES = [
  {
    title: "Le statut général et les parcours de carrière",
    objective: "Appliquer les règles statutaires qui encadrent la carrière des agents (positions, avancement, mobilité).",
    topics: [
      ["Les grands principes du statut général", "les principes du statut général"],
      ["Les positions statutaires", "les positions statutaires"],
      ["L'avancement d'échelon et de grade", "l'avancement d'échelon et de grade"],
      ["La mobilité et les détachements", "la mobilité et les détachements"],
    ],
  },
  {
    title: "Le recrutement et l'accueil des agents",
    objective: "Conduire une procédure de recrutement, de la fiche de poste à l'accueil du nouvel agent.",
    topics: [
      ["Rédiger une fiche de poste", "la fiche de poste"],
      ["Les voies de recrutement", "les voies de recrutement"],
      ["Recruter un agent contractuel", "le recrutement des contractuels"],
      ["Réussir l'accueil d'un nouvel arrivant", "l'accueil des nouveaux arrivants"],
    ],
  },
  {
    title: "La rémunération et la paie",
    objective: "Expliquer les éléments de la rémunération d'un agent et contrôler un bulletin de paie.",
    topics: [
      ["Le traitement indiciaire", "le traitement indiciaire"],
      ["Les primes et le RIFSEEP", "le régime indemnitaire"],
      ["Lire un bulletin de paie", "le bulletin de paie"],
      ["Les rappels et les trop-perçus", "les rappels et les trop-perçus"],
    ],
  },
  {
    title: "Le temps de travail, les congés et les absences",
    objective: "Gérer le temps de travail, les congés et les absences des agents dans le respect des textes.",
    topics: [
      ["L'organisation du temps de travail", "l'organisation du temps de travail"],
      ["Les congés annuels et le compte épargne-temps", "les congés et le compte épargne-temps"],
      ["Les congés pour raison de santé", "les congés pour raison de santé"],
      ["Le télétravail", "le télétravail"],
    ],
  },
  {
    title: "La formation professionnelle tout au long de la vie",
    objective: "Accompagner les agents dans leurs projets de formation et mobiliser les dispositifs existants.",
    topics: [
      ["Le plan de formation du service", "le plan de formation"],
      ["Le compte personnel de formation", "le compte personnel de formation"],
      ["Les préparations aux concours", "les préparations aux concours"],
      ["Le bilan de compétences et la VAE", "le bilan de compétences et la VAE"],
    ],
  },
  {
    title: "La santé, la sécurité et la qualité de vie au travail",
    objective: "Contribuer à la prévention des risques professionnels et au maintien dans l'emploi.",
    topics: [
      ["Le document unique d'évaluation des risques", "le document unique"],
      ["La prévention des risques psychosociaux", "la prévention des risques psychosociaux"],
      ["Le maintien dans l'emploi et le reclassement", "le maintien dans l'emploi"],
      ["Les accidents de service", "les accidents de service"],
    ],
  },
  {
    title: "Le dialogue social et les instances",
    objective: "Préparer les travaux des instances de dialogue social et en assurer le suivi.",
    topics: [
      ["Le comité social d'administration", "le comité social d'administration"],
      ["Les commissions administratives paritaires", "les commissions administratives paritaires"],
      ["Les droits syndicaux", "les droits syndicaux"],
      ["Négocier un accord local", "la négociation d'un accord local"],
    ],
  },
  {
    title: "La fin de carrière et la retraite",
    objective: "Informer les agents sur leurs droits à la retraite et préparer leur départ.",
    topics: [
      ["Les régimes de retraite de la fonction publique", "les régimes de retraite"],
      ["Le calcul de la pension", "le calcul de la pension"],
      ["La retraite progressive et le cumul emploi-retraite", "la retraite progressive"],
      ["Préparer le départ d'un agent", "la préparation d'un départ"],
    ],
  },
];

// Asynchronous activity patterns; each sub-unit draws five of them (the PRNG picks which).
const PATTERNS = [
  {
    kind: "reading",
    title: (s) => `L'essentiel sur ${s}`,
    minutes: [10, 15],
    instructions: (s) => `Lisez la fiche de synthèse sur ${s}, puis notez dans votre carnet de bord les deux points qui changent vos pratiques.`,
    resource: { form: "text", minutes: [10, 15], online: true },
  },
  {
    kind: "video",
    title: (s) => `Vidéo : comprendre ${s}`,
    minutes: [5, 10],
    instructions: (s) => `Regardez la vidéo sur ${s} et relevez la règle qui vous semble la plus souvent méconnue.`,
    resource: { form: "video", minutes: [10], online: false },
  },
  {
    kind: "h5p",
    title: (s) => `Exercice interactif sur ${s}`,
    minutes: [15, 20],
    instructions: (s) => `Traitez les situations proposées sur ${s} ; chaque réponse est suivie d'une explication.`,
    evaluation: "automatic",
  },
  {
    kind: "assignment",
    title: (s) => `Étude de cas : un dossier réel sur ${s}`,
    minutes: [30, 45],
    instructions: (s) => `Analysez le dossier anonymisé sur ${s} et proposez une réponse argumentée, puis comparez-la au corrigé commenté.`,
    expectedOutput: "Une note de deux pages, auto-évaluée avec le corrigé.",
    evaluation: "self-positioning",
    reflective: true,
    resource: { form: "text", minutes: [10], online: false },
  },
  {
    kind: "forum",
    title: (s) => `Forum : vos pratiques sur ${s}`,
    minutes: [15, 20],
    instructions: (s) => `Décrivez comment votre service traite ${s} et commentez la pratique d'un autre participant.`,
    collective: true,
    reflective: true,
  },
  {
    kind: "etherpad",
    title: (s) => `Fiche réflexe collective sur ${s}`,
    minutes: [30, 40],
    instructions: (s) => `En sous-groupe, rédigez sur l'Etherpad une fiche réflexe d'une page sur ${s}.`,
    expectedOutput: "Une fiche réflexe par sous-groupe, commentée par les pairs.",
    collective: true,
    evaluation: "peer",
  },
  {
    kind: "glossary",
    title: (s) => `Glossaire : les termes clés sur ${s}`,
    minutes: [10],
    instructions: (s) => `Ajoutez au glossaire commun la définition d'un terme lié ${toSubject(s)}, avec sa source.`,
    collective: true,
  },
];

export function generateLargeExample() {
  const random = prng(20260907);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const objectiveId = (m) => `obj-m${m + 1}`;
  const online = (grouping) => ({ synchronous: false, grouping, place: "online" });
  let onSiteMinutes = 0;
  let totalMinutes = 0;
  const appointments = [];
  const feedback = [];
  const calendar = [];
  const messages = [];

  const sumOf = (activities) =>
    activities.reduce((sum, a) => sum + minutes(a.duration) + (a.resources ?? []).reduce((s, r) => s + minutes(r.duration), 0), 0);

  // The opening unit: positioning and the launch virtual classroom.
  const opening = {
    id: "u-entree",
    title: "Entrer dans le parcours",
    summary: "Se situer, découvrir le parcours et rencontrer le groupe et les formateurs.",
    objectives: ["obj-veille"],
    modality: "à distance, avec une classe virtuelle",
    instructions: "Faites l'auto-positionnement avant la classe virtuelle de lancement : il vous aide à choisir les modules à travailler en premier.",
    startDate: SESSION_START,
    endDate: addDays(SESSION_START, 4),
    reflectionPrompts: ["Quels dossiers RH me mettent aujourd'hui le plus en difficulté ?"],
    activities: [
      {
        id: "a-positionnement",
        title: "Auto-positionnement d'entrée dans le parcours",
        kind: "quiz",
        modality: online("individual"),
        duration: "20 min",
        objectives: MODULES.map((_, m) => objectiveId(m)),
        instructions: "Situez-vous sur les quarante situations de gestion proposées ; le résultat vous indique les modules à travailler en priorité.",
        tracked: true,
        evaluation: "self-positioning",
        positioning: true,
        workload: { learner: "20 min" },
      },
      {
        id: "a-lancement",
        title: "Classe virtuelle de lancement du parcours",
        kind: "virtual-classroom",
        modality: { synchronous: true, grouping: "collective", place: "online" },
        duration: "1h30",
        objectives: ["obj-veille"],
        instructions: "Connectez-vous dix minutes avant le début ; préparez une question sur le parcours.",
        guidance: "Diaporama de lancement et scénario minuté : présentations, visite de l'espace, organisation des dix mois, questions.",
        setup: "Créer la salle BigBlueButton et les sous-groupes de présentation.",
      },
    ],
  };
  opening.duration = duration(sumOf(opening.activities));
  totalMinutes += sumOf(opening.activities);
  appointments.push({ title: opening.activities[1].title, activity: "a-lancement", date: addDays(SESSION_START, 1), startTime: "10:00", duration: "1h30", tool: "bigbluebutton" });
  calendar.push({ label: "Semaine d'accueil", startDate: opening.startDate, endDate: opening.endDate, units: [opening.id], description: "Auto-positionnement et classe virtuelle de lancement." });

  const modules = MODULES.map((module, m) => {
    const start = addDays(SESSION_START, 7 + m * WEEKS_PER_MODULE * 7);
    const end = addDays(start, WEEKS_PER_MODULE * 7 - 3);
    const obj = objectiveId(m);
    const subUnits = module.topics.map(([topicTitle, subject], t) => {
      const id = `u-m${m + 1}.${t + 1}`;
      const chosen = [];
      while (chosen.length < 5) {
        const p = pick(PATTERNS);
        if (!chosen.includes(p)) chosen.push(p);
      }
      const activities = chosen.map((p, k) => {
        const collective = p.collective === true;
        const activity = {
          id: `a-m${m + 1}.${t + 1}.${k + 1}`,
          title: p.title(subject),
          kind: p.kind,
          modality: online(collective ? "collective" : "individual"),
          duration: duration(pick(p.minutes)),
          objectives: [obj],
          instructions: p.instructions(subject),
        };
        if (p.expectedOutput) activity.expectedOutput = p.expectedOutput;
        if (p.evaluation) {
          activity.evaluation = p.evaluation;
          activity.workload = { learner: activity.duration };
          if (p.evaluation === "peer") {
            activity.workload.trainer = "30 min";
            activity.workload.notes = "Relecture des fiches et des commentaires des pairs, environ 10 minutes par sous-groupe.";
          }
        }
        if (p.reflective) activity.reflective = true;
        if (p.resource) {
          const r = p.resource;
          const resource = {
            id: `r-m${m + 1}.${t + 1}.${k + 1}`,
            title: r.online ? pick(LINKS)[1] : `Support : ${topicTitle.charAt(0).toLowerCase()}${topicTitle.slice(1)}`,
            form: r.online ? "website" : r.form,
            audience: "learner",
            duration: duration(pick(r.minutes)),
          };
          if (r.online) {
            const link = LINKS.find(([, title]) => title === resource.title);
            resource.url = link[0];
            // The duration is printed beside the instructions, not in them.
            resource.instructions = `Consultez uniquement la partie consacrée ${toSubject(subject)}.`;
          } else {
            resource.instructions = "Prenez connaissance du support avant l'activité.";
          }
          activity.resources = [resource];
        }
        return activity;
      });
      // The last topic of each module ends with its tracked quiz and a synchronous time.
      if (t === module.topics.length - 1) {
        activities.push({
          id: `a-m${m + 1}-quiz`,
          title: `Quiz de fin de module : ${module.title.charAt(0).toLowerCase()}${module.title.slice(1)}`,
          kind: "quiz",
          modality: online("individual"),
          duration: "20 min",
          objectives: [obj],
          instructions: "Répondez aux quinze questions ; vous pouvez recommencer le quiz autant de fois que vous le souhaitez.",
          tracked: true,
          evaluation: "automatic",
          workload: { learner: "20 min" },
        });
        const onSite = m === 2 || m === 5;
        const sync = {
          id: `a-m${m + 1}-regroupement`,
          title: onSite ? `Journée en présentiel : cas pratiques du module ${m + 1}` : `Classe virtuelle de synthèse du module ${m + 1}`,
          kind: onSite ? "on-site" : "virtual-classroom",
          modality: { synchronous: true, grouping: "collective", place: onSite ? "on-site" : "online" },
          duration: onSite ? "6h" : "1h30",
          objectives: [obj],
          instructions: onSite
            ? "Apportez un dossier de votre service (anonymisé) ; la journée alterne cas pratiques en sous-groupes et apports."
            : "Venez avec une question ou un cas rencontré pendant le module.",
          expectedOutput: "Une synthèse collective des réponses apportées aux cas étudiés.",
          guidance: onSite
            ? "Scénario de la journée, quatre cas pratiques avec leur corrigé, diaporama d'apports et grille de restitution."
            : "Diaporama de synthèse et scénario : questions des participants (30 min), deux cas en sous-groupes (45 min), synthèse (15 min).",
          setup: onSite ? "Réserver la salle et imprimer les cas pratiques." : "Créer la salle BigBlueButton et préparer deux salles de sous-groupe.",
        };
        activities.push(sync);
        if (onSite) onSiteMinutes += 360;
        appointments.push({
          title: sync.title,
          activity: sync.id,
          date: addDays(end, -1),
          startTime: onSite ? "09:00" : "14:00",
          duration: sync.duration,
          tool: onSite ? "on-site" : "bigbluebutton",
          ...(onSite ? { location: "Institut régional d'administration de Lyon, 1 rue Chazière, 69004 Lyon" } : {}),
        });
      }
      const minutesHere = sumOf(activities);
      return {
        id,
        title: topicTitle,
        summary: `Les règles et les pratiques de gestion concernant ${subject}.`,
        objectives: [obj],
        duration: duration(minutesHere),
        modality: t === module.topics.length - 1 ? "à distance, avec un temps synchrone" : "à distance, individuel et collectif",
        instructions: `Réalisez les activités dans l'ordre de votre choix ; gardez à portée de main un dossier de votre service portant sur ${subject}.`,
        reflectionPrompts: [`Comment mon service traite-t-il aujourd'hui ${subject} ?`],
        activities,
      };
    });
    const moduleMinutes = subUnits.reduce((sum, u) => sum + minutes(u.duration), 0);
    totalMinutes += moduleMinutes;
    calendar.push({ label: `Module ${m + 1}`, startDate: start, endDate: end, units: [`u-m${m + 1}`], description: module.title });
    feedback.push({
      title: `Synthèse du module ${m + 1} : ${module.title.charAt(0).toLowerCase()}${module.title.slice(1)}`,
      activity: `a-m${m + 1}-quiz`,
      text: `Points à rappeler à l'issue du module : ${module.topics.map(([, s]) => s).join(", ")}.`,
    });
    messages.push({
      when: `Ouverture du module ${m + 1}`,
      subject: `Le module « ${module.title} » est ouvert`,
      text: `Bonjour, le module ${m + 1} est ouvert jusqu'au ${end}. Il se termine par un quiz et un temps synchrone le ${addDays(end, -1)}.`,
    });
    return {
      id: `u-m${m + 1}`,
      title: `Module ${m + 1} – ${module.title}`,
      summary: `Quatre séquences sur ${module.title.charAt(0).toLowerCase()}${module.title.slice(1)}.`,
      objectives: [obj],
      duration: duration(moduleMinutes),
      modality: m === 2 || m === 5 ? "à distance, avec une journée en présentiel" : "à distance, avec une classe virtuelle",
      instructions: "Les quatre séquences sont ouvertes : commencez par celles que l'auto-positionnement vous a signalées.",
      startDate: start,
      endDate: end,
      reflectionPrompts: ["Qu'est-ce que ce module change dans ma manière de traiter les dossiers ?"],
      units: subUnits,
    };
  });

  const lastEnd = modules[modules.length - 1].endDate;
  const closing = {
    id: "u-conclusion",
    title: "Conclure le parcours",
    summary: "Faire le bilan du parcours et donner son avis.",
    objectives: ["obj-veille"],
    modality: "à distance, en autonomie",
    instructions: "Complétez votre carnet de bord et répondez au questionnaire d'évaluation : il conditionne l'attestation.",
    startDate: addDays(lastEnd, 3),
    endDate: addDays(lastEnd, 7),
    reflectionPrompts: ["Quelles pratiques vais-je partager avec mon équipe ?"],
    activities: [
      {
        id: "a-veille",
        title: "Organiser sa veille réglementaire",
        kind: "assignment",
        modality: online("individual"),
        duration: "30 min",
        objectives: ["obj-veille"],
        instructions: "Constituez votre liste de sources de veille à partir des sites présentés pendant le parcours et abonnez-vous à deux lettres d'information.",
        expectedOutput: "Une liste de sources de veille, conservée dans le carnet de bord.",
        reflective: true,
      },
      {
        id: "a-questionnaire",
        title: "Questionnaire d'évaluation du parcours",
        kind: "questionnaire",
        modality: online("individual"),
        duration: "15 min",
        objectives: ["obj-veille", ...MODULES.map((_, m) => objectiveId(m))],
        instructions: "Donnez votre avis sur le parcours ; vos réponses sont anonymes.",
        tracked: true,
        evaluation: "none",
      },
    ],
  };
  closing.duration = duration(sumOf(closing.activities));
  totalMinutes += sumOf(closing.activities);
  calendar.push({ label: "Semaine de clôture", startDate: closing.startDate, endDate: closing.endDate, units: [closing.id], description: "Bilan et questionnaire d'évaluation." });

  return {
    $schema: "../schemas/training-project.schema.json",
    meta: { version: "1.0", date: "2026-06-15", authors: ["Bureau de la formation de la DGAFP (jeu de données généré)"] },
    course: {
      title: "Parcours de professionnalisation des gestionnaires des ressources humaines",
      shortName: "PARCOURS-GRH-2026",
      status: "elaboration-completed",
      collections: ["ressources-humaines"],
      certifying: false,
      licence: "etalab-2.0",
      catchphrase: "Dix mois pour maîtriser la gestion des ressources humaines de proximité, du recrutement à la retraite.",
      goal: "Les gestionnaires RH de proximité doivent maîtriser des règles nombreuses et changeantes. Ce parcours long leur donne une vision d'ensemble et des réflexes de gestion sûrs.",
      summary: "Huit modules de quatre séquences, à distance, chacun conclu par une classe virtuelle ou une journée en présentiel.",
      objectives: [
        ...MODULES.map((module, m) => ({ id: objectiveId(m), label: module.objective })),
        { id: "obj-veille", label: "Organiser sa veille réglementaire et s'appuyer sur un réseau de pairs." },
      ],
      competences: [
        { code: "GRH-01", label: "Gérer la carrière et la paie des agents", framework: "RIME" },
        { code: "GRH-04", label: "Conseiller les agents et l'encadrement", framework: "RIME" },
      ],
      typicalJobs: ["Gestionnaire des ressources humaines", "Chargé ou chargée de gestion administrative et paie"],
      targetAudience: "Gestionnaires des ressources humaines de proximité, toutes administrations de l'État.",
      prerequisites: "Occuper un poste de gestionnaire RH ou le prendre dans les trois mois.",
      modalities: ["hybrid", "virtual-classroom"],
      mentorModality: "blended",
      pedagogicalApproach: "Une alternance d'apports courts, d'études de cas réels et d'échanges entre pairs ; chaque module se conclut par un temps synchrone de synthèse.",
      estimatedDuration: { online: duration(totalMinutes - onSiteMinutes), onSite: duration(onSiteMinutes) },
      calendar: `Dix mois, du ${SESSION_START} au ${closing.endDate}, à raison d'un module toutes les quatre semaines.`,
      evaluationModalities: "Auto-positionnement, quiz de fin de module avec rétroactions, études de cas auto-évaluées, fiches collectives commentées par les pairs.",
      registrationModalities: "Inscription sur Mentor après accord du supérieur hiérarchique.",
      accompanimentModalities: "Un formateur référent par groupe de vingt, forum animé, classes virtuelles mensuelles.",
      selfEvaluationPrivate: true,
      trailer: "https://video.mentor.gouv.fr/w/parcours-gestionnaires-rh-bande-annonce",
      producer: { name: "Direction générale de l'administration et de la fonction publique", shortName: "DGAFP", contactEmail: "formation.dgafp@finances.gouv.fr" },
      designers: ["Bureau de la formation de la DGAFP"],
      credits: "Conception : bureau de la formation de la DGAFP et réseau des formateurs RH interministériels.",
    },
    session: {
      title: "Parcours des gestionnaires RH – promotion 2026-2027",
      shortName: "PARCOURS-GRH-2026-P1",
      status: "registration-open",
      startDate: SESSION_START,
      endDate: closing.endDate,
      permanent: false,
      modality: "blended",
      ownerSpace: "Direction générale de l'administration et de la fonction publique",
      openTo: "all",
      targetAudience: "Gestionnaires RH de proximité",
      registration: { mode: "other", details: "Inscription sur Mentor avant le 10 juillet 2026, puis validation par le supérieur hiérarchique." },
      accompaniment: "Formateur référent, forum animé, classes virtuelles mensuelles.",
      maxParticipants: 60,
      location: "Institut régional d'administration de Lyon",
      organizingStructure: "DGAFP, bureau de la formation",
      trainers: [
        { name: "Marc Lefebvre", role: "formateur référent", email: "marc.lefebvre@finances.gouv.fr" },
        { name: "Élodie Bernard", role: "formatrice référente", email: "elodie.bernard@finances.gouv.fr" },
        { name: "Thomas Petit", role: "formateur référent", email: "thomas.petit@finances.gouv.fr" },
      ],
      appointments,
    },
    units: [opening, ...modules, closing],
    presence: {
      trainersBlock: true,
      participantList: true,
      profileInvitation: true,
      tools: ["forum", "etherpad", "virtual-classroom", "messaging", "questionnaire"],
      virtualClassroomTool: "bigbluebutton",
    },
    welcome: {
      message: "Bienvenue dans le parcours des gestionnaires RH ! Pendant dix mois, vous travaillerez un module toutes les quatre semaines, avec votre formateur référent et les autres participants.",
      overview: { form: "infographic", description: "Une infographie présente les huit modules, leurs dates et les temps synchrones." },
      progressCues: "La barre de suivi affiche l'auto-positionnement, le quiz de chaque module et le questionnaire d'évaluation.",
      evaluation: "Auto-positionnement, quiz de fin de module, études de cas auto-évaluées.",
      contacts: [
        { name: "Marc Lefebvre", role: "formateur référent", email: "marc.lefebvre@finances.gouv.fr" },
        { name: "Assistance Mentor", role: "assistance technique", email: "assistance@mentor.gouv.fr" },
      ],
    },
    conclusion: {
      objectivesReminder: "Vous avez parcouru l'ensemble de la gestion des ressources humaines de proximité, du recrutement à la retraite.",
      evaluationQuestionnaire: "a-questionnaire",
      furtherReading: [
        { title: "Code général de la fonction publique", url: LINKS[0][0], description: "Le texte de référence, sur Légifrance." },
        { title: "Portail de la fonction publique", url: LINKS[2][0], description: "Les publications et guides de la DGAFP." },
      ],
      credits: "Parcours conçu par la DGAFP ; contenus sous licence Etalab 2.0.",
    },
    recognition: {
      attestation: true,
      attestationType: "participation",
      badge: { enabled: true, name: "Gestionnaire RH de proximité", baseUrl: "https://badges.fonction-publique.gouv.fr/parcours-grh/", color: "#6A6AF4" },
      issuer: { name: "Direction générale de l'administration et de la fonction publique", url: "https://www.fonction-publique.gouv.fr/", email: "formation.dgafp@finances.gouv.fr" },
      criteria: {
        activities: ["a-positionnement", ...MODULES.map((_, m) => `a-m${m + 1}-quiz`), "a-questionnaire"],
        minimumTime: duration(Math.round((totalMinutes * 0.8) / 60) * 60),
        description: "Avoir réalisé le quiz de chaque module et répondu au questionnaire d'évaluation.",
      },
      signatory: { name: "Anne Moreau", role: "Cheffe du bureau de la formation" },
      place: "Paris",
    },
    logbook: {
      introduction: "Ce carnet de bord vous suit pendant tout le parcours : notez-y, module après module, vos questions et vos pratiques.",
      finalQuestions: ["Les trois pratiques que je change dans mon service", "Les sources de veille que je retiens"],
    },
    trainerBooklet: {
      introduction: "Ce livret accompagne les formateurs référents tout au long des dix mois du parcours.",
      calendar,
      setupInstructions: "À l'ouverture de chaque module : vérifier le suivi d'achèvement du quiz, créer la salle de la classe virtuelle et les Etherpad des sous-groupes, publier le message d'ouverture.",
      resources: [
        { id: "r-livret-corriges", title: "Corrigés commentés des études de cas", form: "text", audience: "trainer", duration: "1h", activity: "a-m1-quiz", instructions: "Relisez le corrigé de chaque étude de cas avant l'ouverture du module." },
      ],
      preparedFeedback: feedback,
      proactiveMessages: messages,
    },
    navigation: { mode: "free", summaryBlock: true },
    tender: {
      buyer: { name: "Direction générale de l'administration et de la fonction publique", department: "Bureau de la formation" },
      reference: "DGAFP-2026-PARCOURS-GRH",
      form: "cctp",
      context: "Le parcours remplace trois stages présentiels et doit pouvoir accueillir 600 gestionnaires par an.",
      object: "Réalisation des contenus à distance des huit modules du parcours et intégration sur Mentor.",
      scope: "Sont compris les contenus, les corrigés et l'intégration ; l'animation reste assurée par les formateurs référents.",
      expectedParticipants: 600,
      deliverables: [{ title: "Espace de formation intégré", format: "Sauvegarde Moodle .mbz", due: "2026-07-31" }],
      milestones: [{ title: "Réception des contenus", date: "2026-07-31" }],
      followUp: "Comité de pilotage trimestriel.",
      acceptance: "Vérification de chaque module sur l'espace de recette de Mentor.",
      awardCriteria: [
        { label: "Valeur pédagogique", weight: 60 },
        { label: "Prix", weight: 40 },
      ],
      technicalRequirements: {
        accessibility: "RGAA 4.1, niveau AA",
        formats: ["H5P", "MP4 sous-titré"],
        reference: "Exigences techniques pour la formation des agents sur Mentor",
      },
      contract: { durationMonths: 18 },
      intellectualProperty: { rights: "use" },
      personalData: { processesLearnerData: true, dataLocation: "en France" },
      warranty: { months: 12 },
      pricing: { perUnit: true },
    },
    settings: { trackingThreshold: 15, durationTolerance: 10, collections: [{ slug: "ressources-humaines", name: "Ressources humaines" }] },
  };
}

/** Minutes of one of the durations written above (never ISO here). */
function minutes(text) {
  const match = /^(?:(\d+)h(\d+)?|(\d+) min)$/.exec(text);
  if (!match) throw new Error(`durée inattendue : ${text}`);
  return match[3] !== undefined ? Number(match[3]) : Number(match[1]) * 60 + Number(match[2] ?? 0);
}

/** The file's text: what the test compares with the committed example. */
export function largeExampleText() {
  return JSON.stringify(generateLargeExample(), null, 2) + "\n";
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // Temporary name, then rename: never half a file.
  const temporary = new URL(`../examples/.grand-parcours.json.${process.pid}.tmp`, import.meta.url);
  await writeFile(temporary, largeExampleText());
  await rename(temporary, outPath);
  const data = generateLargeExample();
  const units = [];
  const walk = (list) => list.forEach((u) => (units.push(u), walk(u.units ?? [])));
  walk(data.units);
  const activities = units.flatMap((u) => u.activities ?? []);
  console.log(`examples/grand-parcours.json écrit : ${units.length} unités, ${activities.length} activités.`);
}
