// Runtime environment. The Remix compiler replaces `process.env.NODE_ENV` with "production" at
// build time (every build is a production build), so the running mode is read through an alias
// of process.env that the replacement does not touch.
const runtimeEnv: Record<string, string | undefined> = process.env;

export function isProduction(): boolean {
  return runtimeEnv.NODE_ENV === "production";
}
