// Re-opening a .docx with python-docx (the Debian package python3-docx), a reader that is not the
// docx package that wrote it: its paragraphs with style and list numbering, and its tables with
// whether the first row repeats as a header. Missing python-docx is an error, never a skip.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export interface PyParagraph {
  text: string;
  style: string;
  /** The list format of a numbered paragraph ("decimal", "bullet", …), else null. */
  numFmt: string | null;
  numId: number | null;
}

export interface PyDocx {
  title: string;
  sections: number;
  paragraphs: PyParagraph[];
  tables: { header: string[]; headerRepeats: boolean; rows: number }[];
}

const SCRIPT = String.raw`
import json, sys, docx
from docx.oxml.ns import qn
d = docx.Document(sys.argv[1])
try:
    numbering = d.part.numbering_part.element
except Exception:
    numbering = None
def fmt(num_id, ilvl):
    if numbering is None: return None
    for num in numbering.findall(qn('w:num')):
        if num.get(qn('w:numId')) == str(num_id):
            abstract = num.find(qn('w:abstractNumId')).get(qn('w:val'))
            for a in numbering.findall(qn('w:abstractNum')):
                if a.get(qn('w:abstractNumId')) == abstract:
                    for lvl in a.findall(qn('w:lvl')):
                        if lvl.get(qn('w:ilvl')) == str(ilvl):
                            return lvl.find(qn('w:numFmt')).get(qn('w:val'))
    return None
paragraphs = []
for p in d.paragraphs:
    num = p._p.pPr.numPr if p._p.pPr is not None else None
    num_id = int(num.numId.val) if num is not None and num.numId is not None else None
    ilvl = int(num.ilvl.val) if num is not None and num.ilvl is not None else 0
    paragraphs.append({"text": p.text, "style": p.style.name, "numId": num_id, "numFmt": fmt(num_id, ilvl) if num_id else None})
tables = []
for t in d.tables:
    first = t.rows[0]
    trPr = first._tr.trPr
    tables.append({"header": [c.text for c in first.cells], "headerRepeats": trPr is not None and trPr.find(qn('w:tblHeader')) is not None, "rows": len(t.rows)})
print(json.dumps({"title": d.core_properties.title, "sections": len(d.sections), "paragraphs": paragraphs, "tables": tables}))
`;

/** A Python that can import docx: the one on PATH, else Debian's (pyenv and venvs shadow it). */
function python(): string {
  for (const candidate of ["python3", "/usr/bin/python3"]) {
    if (spawnSync(candidate, ["-c", "import docx"], { stdio: "ignore" }).status === 0) return candidate;
  }
  throw new Error("python-docx is not installed: install the Debian package python3-docx (apt-get install -y python3-docx; .ci/run does).");
}

export function readWithPythonDocx(bytes: Uint8Array): PyDocx {
  const py = python();
  const dir = mkdtempSync(path.join(os.tmpdir(), "sigap-python-docx-"));
  try {
    const file = path.join(dir, "dokumen.docx");
    writeFileSync(file, bytes);
    return JSON.parse(execFileSync(py, ["-c", SCRIPT, file], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 })) as PyDocx;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
