// The print titles of the check's sheet are a defined name in the user's workbook part: it
// must land where the schema allows, in the part's own namespace prefix, and leave the
// rest of the part as it was.
import JSZip from "jszip";
import { addDefinedName, readPackageInfo } from "../../io/package-patch";
import { printTitlesName } from "../../io/sheet-xml";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

async function packageWith(workbook: string): Promise<JSZip> {
  const zip = new JSZip();
  zip.file("_rels/.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  zip.file("xl/_rels/workbook.xml.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`);
  zip.file("xl/workbook.xml", workbook);
  return zip;
}

async function withPrintTitles(workbook: string): Promise<string> {
  const zip = await packageWith(workbook);
  const info = (await readPackageInfo(zip))!;
  await addDefinedName(zip, info, printTitlesName("'Niveaucheck'", 1));
  return zip.file("xl/workbook.xml")!.async("string");
}

const NAME = `<definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;Niveaucheck&apos;!$1:$1</definedName>`;

describe("addDefinedName", () => {
  test("without defined names: a list of its own right after the sheets, before the calculation settings", async () => {
    const wb = `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Begroting" sheetId="1" r:id="rId1"/></sheets><calcPr calcId="191029"/></workbook>`;
    expect(await withPrintTitles(wb)).toBe(wb.replace("</sheets>", `</sheets><definedNames>${NAME}</definedNames>`));
  });

  test("with defined names (also an empty list written as one tag): the name joins them", async () => {
    const own = `<definedName name="Lasten">Begroting!$C$2:$C$6</definedName>`;
    const wb = `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Begroting" sheetId="1" r:id="rId1"/></sheets><definedNames>${own}</definedNames></workbook>`;
    expect(await withPrintTitles(wb)).toBe(wb.replace(own, own + NAME));
    const empty = wb.replace(`<definedNames>${own}</definedNames>`, "<definedNames/>");
    expect(await withPrintTitles(empty)).toBe(wb.replace(own, NAME));
  });

  test("after external references, and in the part's own namespace prefix", async () => {
    const ext = `<x:externalReferences><x:externalReference r:id="rId9"/></x:externalReferences>`;
    const wb = `<x:workbook xmlns:x="${MAIN}" xmlns:r="${REL}"><x:sheets><x:sheet name="Begroting" sheetId="1" r:id="rId1"/></x:sheets>${ext}<x:calcPr/></x:workbook>`;
    const prefixed = NAME.replace(/<(\/?)definedName/g, "<$1x:definedName");
    expect(await withPrintTitles(wb)).toBe(wb.replace(ext, `${ext}<x:definedNames>${prefixed}</x:definedNames>`));
  });
});
