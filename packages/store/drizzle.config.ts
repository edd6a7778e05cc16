// drizzle-kit: generates the one migrations folder both back ends run (npm run db:generate -w @upstream/store).
import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./src/schema.ts",
  out: "./migrations",
});
