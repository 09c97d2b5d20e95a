/** The key agencies are matched by: case and all white space ignored ("Kemen PPPA" = "kemenpppa"). */
export function agencyKey(name: string): string {
  return name.normalize("NFKC").toLowerCase().replace(/\s+/g, "");
}
