export { VERSION } from "../src/version";
