/** Configuration from the environment, checked once at start with messages that name the variable. */
import { z } from "zod";

const port = z.coerce
  .number({ error: "must be a port number" })
  .int({ error: "must be a whole number" })
  .min(0, { error: "must be between 0 and 65535" })
  .max(65535, { error: "must be between 0 and 65535" });

export const ConfigSchema = z.object({
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: port.default(8080),
  DATABASE_URL: z.string().url({ error: "must be a postgres:// URL" }).optional(),
  UPSTREAM_DATA: z.string().min(1).default("data"),
  SESSION_HOURS: z.coerce
    .number({ error: "must be a number of hours" })
    .positive()
    .max(24 * 90)
    .default(24 * 14),
  /** Behind a TLS-terminating proxy: trust X-Forwarded-* so cookies get Secure and rate limits see client IPs. */
  TRUST_PROXY: z.enum(["true", "false"], { error: "must be true or false" }).default("false"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Login and registration attempts per minute per client address. */
  AUTH_RATE_LIMIT: z.coerce.number().int().positive().default(10),
});
export type Config = z.infer<typeof ConfigSchema>;

export type ConfigResult = { ok: true; config: Config } | { ok: false; message: string };

/** Reads the configuration; a bad value is one message naming the variable and what would be valid. */
export function readConfig(env: Record<string, string | undefined>): ConfigResult {
  const picked = Object.fromEntries(
    Object.keys(ConfigSchema.shape).map((k) => [k, env[k] === "" ? undefined : env[k]]),
  );
  const parsed = ConfigSchema.safeParse(picked);
  if (parsed.success) return { ok: true, config: parsed.data };
  const issue = parsed.error.issues[0]!;
  return {
    ok: false,
    message: `invalid configuration ${String(issue.path[0])}=${JSON.stringify(env[String(issue.path[0])])}: ${issue.message}`,
  };
}
