export {
  type AppServer,
  type AppServerOptions,
  assertBuilt,
  startAppServer,
  waitUntilServing,
} from "./app-server";
export { ensureSeedTemplate, seedTemplateDir } from "./seed-template";
