// A scope sees itself and the regions below it, nothing beside or above it.
import { describe, expect, it } from "vitest";
import { isProvinceCode, scopeIncludes } from "../../app/accounts/scope";

describe("scopeIncludes", () => {
  it("national sees everything", () => {
    for (const region of [null, "32", "32.12", "74.01"]) expect(scopeIncludes(null, region)).toBe(true);
  });

  it("a province sees itself and its regencies, not the nation, other provinces or look-alike codes", () => {
    expect(scopeIncludes("32", "32")).toBe(true);
    expect(scopeIncludes("32", "32.12")).toBe(true);
    expect(scopeIncludes("32", null)).toBe(false);
    expect(scopeIncludes("32", "33")).toBe(false);
    expect(scopeIncludes("32", "33.01")).toBe(false);
    expect(scopeIncludes("3", "32")).toBe(false);
    expect(scopeIncludes("32", "320.1")).toBe(false);
  });

  it("a regency sees only itself", () => {
    expect(scopeIncludes("32.12", "32.12")).toBe(true);
    expect(scopeIncludes("32.12", "32")).toBe(false);
    expect(scopeIncludes("32.12", "32.13")).toBe(false);
    expect(scopeIncludes("32.12", null)).toBe(false);
    expect(scopeIncludes("32.1", "32.12")).toBe(false);
  });

  it("tells provinces from regencies", () => {
    expect(isProvinceCode("74")).toBe(true);
    expect(isProvinceCode("74.01")).toBe(false);
    expect(isProvinceCode("7")).toBe(false);
  });
});
