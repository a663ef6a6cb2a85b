#!/usr/bin/env python3
"""A loopback portal of misbehaving pages, for measuring a crawl and the server over its index.
Serves /list/N.html (pages of links) and /a/N.html articles of many hostile kinds."""
import http.server, socketserver, sys, time, random, threading

N = int(sys.argv[2]) if len(sys.argv) > 2 else 600
PORT = int(sys.argv[1]) if len(sys.argv) > 1 else 18123
random.seed(7)
PARA = ("近日，县残联组织志愿者走访辖区困难残疾人家庭，为他们送去米面油和慰问金，并详细了解家庭生活和康复需求。"
        "志愿者表示，将持续开展助残服务，帮助残疾人解决实际困难。")
PLACES = ["兰州市", "天水市", "张掖市", "醴陵市", "成都市锦江区", "广州市白云区", "临泽县", "嘉峪关市"]
AGENCIES = ["残联", "民政局", "妇联", "红十字会", "慈善会", "团委", "卫健委", "社区"]
ACTS = ["走访困难残疾人家庭", "慰问独居老人", "为留守儿童送去学习用品", "开展疫情防控志愿服务",
        "发放低保金", "看望医护人员家属", "组织抗洪救灾", "为农民工讨薪"]
SENTENCES = ["近日，县残联组织志愿者走访辖区困难残疾人家庭。", "志愿者为老人送去米面油和慰问金。",
             "社区工作人员详细了解家庭生活和康复需求。", "疫情期间，党员干部下沉社区参与防控。",
             "民政部门及时发放临时救助金。", "红十字会捐赠了一批防疫物资。", "妇联为医护人员家属送去关怀。",
             "团委组织青年志愿者开展助老服务。", "慈善会募集善款用于救灾。", "受灾群众得到妥善安置。",
             "留守儿童收到了新书包和文具。", "农民工工资问题得到解决。"]
KINDS = ["normal", "hugetitle", "controls", "formula", "gbk_as_utf8", "deep", "manylinks",
         "binary", "big", "malformed", "utf16", "drip", "endless", "redirectloop", "e500", "e404",
         "emptybody", "nulbytes", "script", "longline"]

def kind(i): return KINDS[i % len(KINDS)]

class H(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def log_message(self, *a): pass
    def send(self, code, body, ctype="text/html; charset=utf-8", extra=None):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (extra or {}).items(): self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)
    def do_GET(self):
        p = self.path
        if p == "/robots.txt": return self.send(200, b"User-agent: *\nAllow: /\n", "text/plain")
        if p.startswith("/list/"):
            n = int(p.split("/")[2].split(".")[0])
            links = "".join(f'<li><a href="/a/{i}.html">报道 {i}</a></li>' for i in range(n * 50, min(N, n * 50 + 50)))
            nxt = f'<a href="/list/{n+1}.html">下一页</a>' if (n + 1) * 50 < N else ""
            return self.send(200, f"<html><head><title>列表</title></head><body><ul>{links}</ul>{nxt}</body></html>".encode())
        if p.startswith("/a/"):
            i = int(p.split("/")[2].split(".")[0]); k = kind(i)
            r = random.Random(i)
            title = f"第{i}号报道：{r.choice(PLACES)}{r.choice(AGENCIES)}{r.choice(ACTS)}"
            body = "".join("<p>" + "".join(r.choice(SENTENCES) for _ in range(4)) + "</p>" for _ in range(3))
            if k == "hugetitle": title = "标" * 100000
            if k == "controls": title = "\x1b[31m红色\x1b[0m\x07标题\u202e反向" + title
            if k == "formula": title = random.choice(["=HYPERLINK(\"http://x\",\"点\")", "+1+1", "-2+3", "@SUM(A1)"]) + title
            if k == "deep": body = "<div>" * 5000 + body + "</div>" * 5000
            if k == "manylinks": body += "".join(f'<a href="/a/{j}.html">链接{j}</a>' for j in range(2000))
            if k == "big": body = body * 3000
            if k == "malformed": body = "<p><b><i>" + PARA + "<table><tr><td>" + PARA + "</p></b>"
            if k == "script": body += "<script>" + "var x=1;" * 20000 + "</script>"
            if k == "longline": body = "<p>" + PARA * 400 + "</p>"
            html = f"<html><head><title>{title}</title></head><body><h1>{title}</h1>{body}</body></html>"
            if k == "gbk_as_utf8": return self.send(200, html.encode("gbk"), "text/html; charset=utf-8")
            if k == "utf16": return self.send(200, html.encode("utf-16-le"), "text/html")
            if k == "binary": return self.send(200, bytes(random.getrandbits(8) for _ in range(200000)))
            if k == "nulbytes": return self.send(200, html.encode().replace(b"<p>", b"<p>\x00\x00"))
            if k == "emptybody": return self.send(200, b"")
            if k == "e500": return self.send(500, b"error")
            if k == "e404": return self.send(404, b"missing")
            if k == "redirectloop": return self.send(302, b"", extra={"Location": f"/a/{i}.html"})
            if k == "drip":
                self.send_response(200); self.send_header("Content-Type", "text/html"); self.send_header("Content-Length", "100000"); self.end_headers()
                try:
                    for _ in range(120): self.wfile.write(b"<"); self.wfile.flush(); time.sleep(1)
                except Exception: pass
                return
            if k == "endless":
                self.send_response(200); self.send_header("Content-Type", "text/html"); self.send_header("Transfer-Encoding", "chunked"); self.end_headers()
                chunk = ("<p>" + PARA + "</p>").encode() * 200
                try:
                    for _ in range(200000):
                        self.wfile.write(b"%x\r\n" % len(chunk) + chunk + b"\r\n")
                except Exception: pass
                return
            return self.send(200, html.encode())
        return self.send(404, b"no")

class S(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True

S(("127.0.0.1", PORT), H).serve_forever()
