// Esri's own JavaScript client (@esri/arcgis-rest-js 4) against the ArcGIS emulator: signs in and
// queries features the way Esri's code does, standalone and federated, and tries a server that only
// claims federation. A check that the emulator behaves as ArcGIS does, not a test of the plugin.
// Input: one JSON argument; output: one JSON line (tests/unit/test_emulator_esri_js.py reads it).
import { ArcGISIdentityManager, request } from "@esri/arcgis-rest-request";
import { queryFeatures } from "@esri/arcgis-rest-feature-service";

const config = JSON.parse(process.argv[2]);
const results = {};

async function step(name, run) {
  try {
    results[name] = { ok: true, ...(await run()) };
  } catch (error) {
    results[name] = { ok: false, error: `${error.name}: ${error.code || ""} ${error.message}`.slice(0, 300) };
  }
}

function count(answer) {
  return { features: answer.features.length };
}

await step("standalone token in query/body", async () => {
  const { token } = await request(config.standalone.tokenUrl, {
    httpMethod: "POST",
    params: { username: config.username, password: config.password, client: "referer",
              referer: "@esri/arcgis-rest-js", expiration: 60 },
  });
  const plain = await queryFeatures({ url: config.standalone.layer, where: "1=1", authentication: token });
  const hidden = await queryFeatures({ url: config.standalone.layer, where: "1=1", authentication: token,
                                       hideToken: true });
  return { ...count(plain), hiddenFeatures: hidden.features.length };
});

const session = await ArcGISIdentityManager.signIn({
  username: config.username, password: config.password, portal: `${config.portal}/sharing/rest`,
}).catch((error) => { results["portal sign-in"] = { ok: false, error: String(error) }; return null; });

if (session) {
  results["portal sign-in"] = { ok: true, username: session.username };
  await step("federated server through the portal", async () =>
    count(await queryFeatures({ url: config.federated.layer, where: "1=1", authentication: session })));
  await step("server that only claims the portal", async () =>
    count(await queryFeatures({ url: config.liar.layer, where: "1=1", authentication: session })));
}
console.log(JSON.stringify(results));
