/**
 * The Python-UNO script that has LibreOffice update each document's indexes (its table of
 * contents, with the page numbers of LibreOffice's own layout) and then export it to PDF. Run by a
 * Python that has the `uno` module (LibreOffice's bundled python, or Debian's python3-uno): it
 * starts a headless soffice on a private pipe, drives it, and ends it.
 *
 * Input: a JSON job file, `{ soffice, profile, pipe, connectTimeout, files: [{ docx, pdf }], result }`.
 * Output: the `result` JSON file, `{ "<docx>": { toc: ["Titre\t4", …] } | { error: "…" } }`,
 * where `toc` lists the entries of the document's tables of contents, in order.
 * Kept here as a string so that it ships inside dist/ with the rest of the code.
 */
export const UNO_SCRIPT = String.raw`
import json, os, subprocess, sys, time
import uno
from com.sun.star.beans import PropertyValue

def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p

def connect(job, pipe, soffice):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.time() + job["connectTimeout"]
    while True:
        try:
            return resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
        except Exception:
            if soffice.poll() is not None:
                sys.exit("LibreOffice s'est arrêté au démarrage (code %s)" % soffice.returncode)
            if time.time() > deadline:
                sys.exit("LibreOffice ne répond pas")
            time.sleep(0.1)

def convert(desktop, item):
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(item["docx"]), "_blank", 0, (prop("Hidden", True),))
    if doc is None:
        return {"error": "document illisible"}
    try:
        toc = []
        indexes = doc.getDocumentIndexes()
        for i in range(indexes.getCount()):
            index = indexes.getByIndex(i)
            index.update()
            if index.supportsService("com.sun.star.text.ContentIndex"):
                toc.extend(line for line in index.getAnchor().getString().splitlines() if line.strip())
        doc.storeToURL(uno.systemPathToFileUrl(item["pdf"]), (prop("FilterName", "writer_pdf_Export"),))
        return {"toc": toc}
    finally:
        doc.close(True)

def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        job = json.load(f)
    pipe = job["pipe"]
    soffice = subprocess.Popen(
        [job["soffice"], "-env:UserInstallation=" + job["profile"], "--headless", "--invisible", "--norestore",
         "--nologo", "--nodefault", "--nolockcheck", "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        ctx = connect(job, pipe, soffice)
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        results = {}
        for item in job["files"]:
            try:
                results[item["docx"]] = convert(desktop, item)
            except Exception as error:
                results[item["docx"]] = {"error": str(error).splitlines()[0] if str(error) else type(error).__name__}
        with open(job["result"], "w", encoding="utf-8") as f:
            json.dump(results, f, ensure_ascii=False)
        try:
            desktop.terminate()
        except Exception:
            pass
        soffice.wait(30)
    finally:
        if soffice.poll() is None:
            soffice.kill()

main()
`;
