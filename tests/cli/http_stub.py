"""A Graph Store stand-in on 127.0.0.1 for load_test.sh.

Writes its port to PORT_FILE, then serves until killed; it also stops by
itself after 120 seconds. Paths:
  /auth    asks for Basic credentials u:p (401) before reading a body when
           the client sent "Expect: 100-continue"; logs "STATUS BYTES" per
           request to LOG_FILE, BYTES being the body bytes it read
  /session like /auth, but logs "STATUS LINES PORT EXPECT" per request: PORT
           the client's (one per connection), EXPECT "expect" when the
           request came with "Expect: 100-continue", else "-"
  /silent  reads the request and never answers
  /evil    answers 500 with terminal escape codes and invalid UTF-8
  /open    stores without credentials; logs "201 BYTES LINES" per request
           (chunked bodies too)
  /flaky   like /open, but every other request is answered 503 first
           (logged "503 BYTES LINES")
  /refuse  answers 400 (a refusal a retry would not change)
  /slowrefuse  like /refuse, but the 1st, 3rd, 5th... request to arrive waits
           0.3 s before it is answered, so that with two in flight the
           answers come out of order; logs "400 LINES FIRST" when it
           answers, FIRST the subject of the body's first line
  /graphs  stores without credentials; logs "METHOD GRAPH LINES OVERLAP" per
           request, GRAPH the ?graph= parameter decoded, OVERLAP "alone" or
           "overlap" (another request was being answered at some moment
           while this one was; each takes at least 50 ms)
Usage: http_stub.py PORT_FILE LOG_FILE
"""
import base64
import http.server
import sys
import threading
import time
import urllib.parse

PORT_FILE, LOG_FILE = sys.argv[1], sys.argv[2]
GOOD = "Basic " + base64.b64encode(b"u:p").decode()


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    flaky = 0
    arrivals = 0
    lock = threading.Lock()
    active = []  # the /graphs requests being answered: [overlapped] each

    def log_message(self, *args):
        pass

    def log(self, status, nbytes):
        with open(LOG_FILE, "a") as f:
            f.write(f"{status} {nbytes}\n")

    def authorized(self):
        return self.headers.get("Authorization") == GOOD

    def refuse(self):
        body = b"credentials needed\n"
        self.send_response(401)
        self.send_header("WWW-Authenticate", 'Basic realm="store"')
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def session_log(self, status, lines):
        expect = "expect" if self.headers.get("Expect", "").lower() == "100-continue" else "-"
        self.log(status, f"{lines} {self.client_address[1]} {expect}")

    def handle_expect_100(self):
        if self.path.startswith(("/auth", "/session")) and not self.authorized():
            # Before the answer: the client may read the log at once.
            if self.path.startswith("/session"):
                self.session_log(401, 0)
            else:
                self.log(401, 0)
            self.refuse()
            self.close_connection = True
            return False
        return super().handle_expect_100()

    def body(self):
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            data = b""
            while True:
                line = self.rfile.readline()
                if not line:  # the client gave up part way: not a request
                    return None
                size = int(line.split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    self.rfile.readline()
                    return data
                data += self.rfile.read(size)
                self.rfile.readline()
        n = int(self.headers.get("Content-Length", "0"))
        return self.rfile.read(n)

    def answer(self, status, text):
        self.send_response(status)
        self.send_header("Content-Length", str(len(text)))
        self.end_headers()
        self.wfile.write(text)

    def do_POST(self):
        if self.path.startswith("/silent"):
            self.body()
            time.sleep(60)
            return
        data = self.body()
        if data is None:
            self.log("aborted", "-")
            self.close_connection = True
            return
        lines = data.count(b"\n")
        if self.path.startswith("/graphs"):
            me = [False]
            with Handler.lock:
                for other in Handler.active:
                    other[0] = me[0] = True
                Handler.active.append(me)
            time.sleep(0.05)
            with Handler.lock:
                Handler.active = [a for a in Handler.active if a is not me]
            query = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query)
            overlap = "overlap" if me[0] else "alone"
            self.log(f"{self.command} {query.get('graph', ['-'])[0]}", f"{lines} {overlap}")
            return self.answer(201, b"stored")
        if self.path.startswith("/open"):
            self.log(f"201 {len(data)}", lines)
            return self.answer(201, b"stored")
        if self.path.startswith("/session"):
            if not self.authorized():
                self.session_log(401, lines)
                return self.refuse()
            self.session_log(201, lines)
            return self.answer(201, b"stored")
        if self.path.startswith("/slowrefuse"):
            with Handler.lock:
                Handler.arrivals += 1
                slow = Handler.arrivals % 2 == 1
            if slow:
                time.sleep(0.3)
            first = data.split(b" ", 1)[0].decode("utf-8", "replace") if data else "-"
            self.log(f"400 {lines}", first)
            return self.answer(400, b"bad graph")
        if self.path.startswith("/refuse"):
            self.log(f"400 {len(data)}", lines)
            return self.answer(400, b"bad graph")
        if self.path.startswith("/flaky"):
            Handler.flaky += 1
            status = 503 if Handler.flaky % 2 == 1 else 201
            self.log(f"{status} {len(data)}", lines)
            return self.answer(status, b"busy" if status == 503 else b"stored")
        if self.path.startswith("/evil"):
            answer = b"\x1b[31mred\x1b[0m \x07bell\rover \xff\xfe end"
            self.send_response(500)
        elif not self.authorized():
            self.log(401, len(data))
            self.refuse()
            return
        else:
            self.log(201, len(data))
            answer = b"stored"
            self.send_response(201)
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    do_PUT = do_POST


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.daemon_threads = True
with open(PORT_FILE, "w") as f:
    f.write(str(server.server_address[1]))
threading.Timer(120, server.shutdown).start()
server.serve_forever()
