import { inRange } from "../../src/core/validate";
test("inRange honours open bounds", () => {
  expect(inRange(1, { min: -1, max: 1, minOpen: true })).toBe(true);
  expect(inRange(-1, { min: -1, max: 1, minOpen: true })).toBe(false);
});
