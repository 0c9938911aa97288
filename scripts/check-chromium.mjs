// Fails the e2e step with instructions when no Chromium is installed: the tests never skip.
import { findChromium, CHROMIUM_CANDIDATES } from './chromium.mjs';

const found = findChromium();
if (!found) {
  const wanted = process.env.CHROMIUM_PATH
    ? `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist.`
    : `No Chromium at ${CHROMIUM_CANDIDATES.join(', ')}.`;
  console.error(`
clusterscope's end-to-end tests need a Chromium browser. ${wanted}
Install Debian's Chromium (as root):

    apt-get update && apt-get install -y chromium

or point CHROMIUM_PATH at a Chromium/Chrome binary you already have:

    CHROMIUM_PATH=/path/to/chrome npm test
`);
  process.exit(1);
}
