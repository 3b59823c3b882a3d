// Messages that say what happened: each case the usability review found
// misleading, with the message a user now gets (issue 11, "Messages").

import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { runCli } from "../helpers/cli";

const root = join(__dirname, "..", "..");
const csvBudget = join(root, "examples", "gemeente-lindewaard-2025.csv");
const dir = mkdtempSync(join(tmpdir(), "bl-msg-"));

async function wordDocument(path: string): Promise<void> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file("word/document.xml", '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>');
  writeFileSync(path, await zip.generateAsync({ type: "nodebuffer" }));
}

describe("messages that say what happened", () => {
  test("-json: the one-dash flag is named, not 'give exactly one budget file'", async () => {
    const r = await runCli("check", "-json", csvBudget, "--lang", "nl");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^Onbekende optie: -json\. Opties beginnen met twee streepjes: --json\./);
  });

  test("a Word document renamed to .xlsx is called a Word document, not 'holds no data'", async () => {
    const doc = join(dir, "begroting.xlsx");
    await wordDocument(doc);
    const r = await runCli("check", doc, "--lang", "nl");
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/begroting\.xlsx is een Word-document met de extensie van een werkmap, geen Excel-werkmap/);
    expect(r.err).not.toMatch(/bevat geen gegevens/);
    const e = await runCli("export", doc, "--out", join(dir, "raad.xlsx"));
    expect(e.err).toMatch(/is a Word document with a spreadsheet extension/);
  });

  test("a folder is called a folder, not 'damaged'", async () => {
    const folder = join(dir, "map.xlsx");
    mkdirSync(folder);
    const r = await runCli("check", folder, "--lang", "nl");
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/map\.xlsx is een map, geen bestand/);
    expect(r.err).not.toMatch(/beschadigd/);
    const e = await runCli("export", folder, "--out", join(dir, "raad.xlsx"));
    expect(e.err).toMatch(/is a folder, not a file/);
  });

  test("--out into a missing folder names the folder, not 'is the file open in Excel?'", async () => {
    const out = join(dir, "bestaat-niet", "uit.xlsx");
    for (const argv of [["check", csvBudget, "--out", out], ["template", "vve", "--out", out]]) {
      const r = await runCli(...argv, "--lang", "nl");
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/uit\.xlsx kan niet worden geschreven: de map .*bestaat-niet bestaat niet/);
      expect(r.err).not.toMatch(/geopend in Excel/);
    }
    const tpl = join(dir, "vve.xlsx");
    expect((await runCli("template", "vve", "--out", tpl)).code).toBe(0);
    const e = await runCli("export", tpl, "--out", out);
    expect(e.code).toBe(1);
    expect(e.err).toMatch(/the folder .*bestaat-niet does not exist/);
  });

  test("--out onto a folder says it is a folder", async () => {
    const folder = join(dir, "uit.xlsx");
    mkdirSync(folder, { recursive: true });
    const r = await runCli("template", "vve", "--out", folder);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/uit\.xlsx cannot be written: it is a folder/);
  });

  test("a csv with only a header fails: there is nothing to check", async () => {
    const csv = join(dir, "alleen-kop.csv");
    writeFileSync(csv, "Omschrijving;Taakveld;Lasten\r\n");
    const r = await runCli("check", csv, "--lang", "nl");
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/na de kopregel op rij 1 volgen geen begrotingsregels, dus er valt niets te toetsen/);
    expect(r.out).toBe("");
  });

  test("eval exits 1 when a result is an error value, and says how many", async () => {
    const r = await runCli("eval", "=BL.VVE.UNIVERSAL(1, 2, 3)", "--lang", "nl");
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/#WAARDE!/);
    expect(r.err).toMatch(/1 van de 1 formules gaf een foutwaarde\./);
  });
});
