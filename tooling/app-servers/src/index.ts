export {
  type AppServer,
  type AppServerOptions,
  assertBuilt,
  assertPortFree,
  startAppServer,
  waitUntilServing,
} from "./app-server";
export { copySeededDatabase } from "./database-copies";
export { ensureSeedTemplate, seedTemplateDir } from "./seed-template";
