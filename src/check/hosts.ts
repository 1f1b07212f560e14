/**
 * Institutional hosts for external links (guide D.2): a link to one of these domains, or to any of
 * their subdomains, is accepted; projects add their own with `settings.institutionalHosts`.
 */
export const DEFAULT_INSTITUTIONAL_HOSTS: readonly string[] = [
  "gouv.fr",
  "service-public.fr",
  "legifrance.gouv.fr",
  "fonction-publique.gouv.fr",
  "europa.eu",
  "education.fr",
  "vie-publique.fr",
  "insee.fr",
  "cnil.fr",
  "defenseurdesdroits.fr",
  "conseil-etat.fr",
  "conseil-constitutionnel.fr",
  "courdecassation.fr",
  "ccomptes.fr",
  "senat.fr",
  "assemblee-nationale.fr",
  "elysee.fr",
  "francetravail.fr",
  "ameli.fr",
  "bnf.fr",
];

/** The host of an address, lower-cased, or undefined when the address cannot be read. */
export function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase().replace(/\.$/, "") || undefined;
  } catch {
    return undefined;
  }
}

/** True when `host` is one of `domains` or a subdomain of one. */
export function isInstitutional(host: string, domains: readonly string[]): boolean {
  return domains.some((domain) => {
    const d = domain.toLowerCase().replace(/^\.+|\.+$/g, "");
    return d !== "" && (host === d || host.endsWith(`.${d}`));
  });
}
