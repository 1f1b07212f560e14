# Converts .docx files to PDF in one of the LibreOffice servers the test run started
# (test/helpers/office-servers.ts), as `soffice --convert-to pdf` would, without starting a
# LibreOffice (about 4 s each time). A server serves one client at a time: a lock file per server,
# held with flock (released by the system if this process dies). Exit 3 when no server answers:
# the caller then starts a LibreOffice of its own.
# Usage: python3 office-client.py job.json, job = {servers: [{pipe, lock}], files: [[docx, pdf]], connectTimeout}
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
        finally:
            doc.close(True)

main()
