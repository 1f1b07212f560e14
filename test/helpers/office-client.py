# Converts .docx files to PDF in one of the LibreOffice servers the test run started
# (test/helpers/office-servers.ts), as `soffice --convert-to pdf` would, without starting a
# LibreOffice (about 4 s each time). A server serves one client at a time: a lock file per server,
# held with flock (released by the system if this process dies). Exit 3 when no server answers:
# the caller then starts a LibreOffice of its own.
# Usage: python3 office-client.py job.json, job = {servers: [{pipe, lock}], files: [[docx, pdf]], connectTimeout, headerPages}
# With headerPages, also writes PDF + ".headers.json": where LibreOffice laid out the header row of
# every table and the row under it (see header_pages).
import fcntl, json, sys, time
import uno
from com.sun.star.beans import PropertyValue

def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p

def take_server(servers):
    handles = [open(s["lock"], "a") for s in servers]
    while True:
        for server, handle in zip(servers, handles):
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return server
            except BlockingIOError:
                pass
        time.sleep(0.05)

def connect(pipe, timeout):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.time() + timeout
    while True:
        try:
            return resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
        except Exception:
            if time.time() > deadline:
                sys.exit(3)
            time.sleep(0.1)

def header_pages(doc):
    """Per table: the page where its header row ends and the page where
    the row under it starts, as the view cursor finds them after layout (a header row alone at the
    foot of a page has a next page here)."""
    view = doc.getCurrentController().getViewCursor()
    def page(cell, at_end):
        cursor = cell.createTextCursor()
        cursor.gotoEnd(False) if at_end else cursor.gotoStart(False)
        view.gotoRange(cursor, False)
        return view.getPage()
    out = []
    for t in range(doc.getTextTables().getCount()):
        table = doc.getTextTables().getByIndex(t)
        # Every table of the documents starts with a header row. LibreOffice joins a table to the one
        # right above it (no paragraph between), and the joined table may not repeat its header.
        headers = max(1, table.HeaderRowCount if table.RepeatHeadline else 1)
        if table.getRows().getCount() <= headers:
            continue
        # Cells are named column letters + 1-based row ("A1"); a split cell "A1.1.1".
        first = lambda row: sorted((n for n in table.getCellNames() if n.split(".")[0].lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") == str(row)), key=lambda n: (len(n), n))[0]
        out.append({"name": table.getName(),
                    "header": page(table.getCellByName(first(headers)), True),
                    "next": page(table.getCellByName(first(headers + 1)), False)})
    return out

def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        job = json.load(f)
    server = take_server(job["servers"])
    ctx = connect(server["pipe"], job["connectTimeout"])
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    for docx, pdf in job["files"]:
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(docx), "_blank", 0, (prop("Hidden", True),))
        if doc is None:
            sys.exit("document illisible : " + docx)
        try:
            doc.storeToURL(uno.systemPathToFileUrl(pdf), (prop("FilterName", "writer_pdf_Export"),))
            if job.get("headerPages"):
                with open(pdf + ".headers.json", "w", encoding="utf-8") as out:
                    json.dump(header_pages(doc), out)
        finally:
            doc.close(True)

main()
