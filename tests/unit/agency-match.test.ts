import { describe, expect, it } from "vitest";
import { agencyMatcher, expandedWords } from "~/accounts/agency-match";

const known = [
  { id: 1, name: "Kepolisian Negara Republik Indonesia", shortName: "Polri", aliases: ["Polri", "Mabes Polri"] },
  { id: 2, name: "Kementerian Hukum", shortName: "Kemenkum", aliases: ["Kementerian Hukum dan HAM", "Kemenkumham"] },
  { id: 3, name: "Polda Sumatera Selatan", aliases: [] },
  { id: 4, name: "Polda Sumatera Utara", aliases: [] },
  { id: 5, name: "Dinas Pemberdayaan Perempuan dan Perlindungan Anak Provinsi Nusa Tenggara Timur", aliases: [] },
  { id: 6, name: "Dinas Pemberdayaan Perempuan dan Perlindungan Anak Provinsi Nusa Tenggara Barat", aliases: [] },
  { id: 7, name: "Polresta Balikpapan", aliases: [] },
  { id: 8, name: "Dinas Sosial Provinsi Kepulauan Riau", aliases: [] },
];
const match = agencyMatcher(known);

describe("agency matcher", () => {
  it("finds a name or an alias exactly, ignoring case and spacing", () => {
    expect(match("kementerian hukum  dan ham").exact?.id).toBe(2);
    expect(match("POLRI").exact?.id).toBe(1);
    expect(match("Polda Sumatera Selatan").exact?.id).toBe(3);
  });

  it("proposes the agency a province short form stands for, not its neighbour", () => {
    const m = match("Polda Sumsel");
    expect(m.exact).toBeNull();
    expect(m.proposals.map((p) => p.id)).toEqual([3]);
    expect(m.proposals[0].score).toBe(1);
    expect(match("Polda Sumut").proposals.map((p) => p.id)).toEqual([4]);
  });

  it("expands Prov., Kab., Dinas PPPA, DP3A and DPPPA", () => {
    expect(expandedWords("Dinas PPPA Prov. NTT")).toEqual(expandedWords("Dinas Pemberdayaan Perempuan dan Perlindungan Anak Provinsi Nusa Tenggara Timur"));
    for (const typed of ["Dinas PPPA Prov. NTT", "DP3A Provinsi NTT", "DPPPA Prov NTT"]) {
      expect(match(typed).proposals.map((p) => p.id), typed).toEqual([5]);
    }
    expect(match("DP3A Prov. NTB").proposals.map((p) => p.id)).toEqual([6]);
    expect(expandedWords("Kab. Kupang")).toEqual(["kabupaten", "kupang"]);
    expect(match("Dinsos Prov. Kepri").proposals.map((p) => p.id)).toEqual([8]);
  });

  it("proposes through a typo, ranked by score", () => {
    const m = match("Polresta Balikpapn");
    expect(m.proposals[0]).toMatchObject({ id: 7 });
    expect(m.proposals[0].score).toBeLessThan(1);
    expect(m.proposals[0].score).toBeGreaterThanOrEqual(0.75);
  });

  it("proposes nothing for a name unlike any agency", () => {
    expect(match("Polres Kolaka")).toEqual({ exact: null, proposals: [] });
    expect(match("Dinas Kesehatan Kabupaten Sikka").proposals).toEqual([]);
    expect(match("   ").proposals).toEqual([]);
  });
});
