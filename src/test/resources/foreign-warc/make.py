#!/usr/bin/env python3
"""Writes the foreign WARC and ARC files ImportIT reads, record by record, in the shape each tool
writes them (see README.md). Run from this directory; the payloads are seed pages of the sample
portal. Output: heritrix.warc.gz, browsertrix.warc, wayback.arc."""
import base64, gzip, hashlib, io, pathlib, uuid

SEEDS = pathlib.Path('../../../main/resources/sampleportal/seeds')


def seed(n):
    return sorted(SEEDS.glob('%03d_*.html' % n))[0].read_bytes()


def digest(b):
    return 'sha1:' + base64.b32encode(hashlib.sha1(b).digest()).decode()


def rid(n):
    return '<urn:uuid:%s>' % uuid.UUID(int=n)


def http(status, reason, headers, body):
    head = 'HTTP/1.1 %d %s\r\n' % (status, reason)
    for k, v in headers:
        head += '%s: %s\r\n' % (k, v)
    return head.encode() + b'\r\n' + body


def record(version, headers, block):
    h = 'WARC/%s\r\n' % version
    for k, v in headers:
        h += '%s: %s\r\n' % (k, v)
    h += 'Content-Length: %d\r\n\r\n' % len(block)
    return h.encode() + block + b'\r\n\r\n'


def response(version, n, url, date, status, reason, ctype, body, extra=(), enc_body=None):
    hdrs = [('Content-Type', ctype), ('Content-Length', str(len(enc_body or body)))] + list(extra)
    block = http(status, reason, hdrs, enc_body or body)
    return record(version, [('WARC-Type', 'response'), ('WARC-Record-ID', rid(n)),
                            ('WARC-Date', date), ('WARC-Target-URI', url),
                            ('WARC-IP-Address', '192.0.2.7'),
                            ('Content-Type', 'application/http; msgtype=response'),
                            ('WARC-Payload-Digest', digest(enc_body or body)),
                            ('WARC-Block-Digest', digest(block))], block)


def request(version, n, url, date, concurrent):
    host = url.split('/')[2]
    path = '/' + url.split('/', 3)[3]
    block = ('GET %s HTTP/1.1\r\nHost: %s\r\nUser-Agent: Mozilla/5.0 (compatible; test)\r\n'
             'Accept: */*\r\n\r\n' % (path, host)).encode()
    return record(version, [('WARC-Type', 'request'), ('WARC-Record-ID', rid(n)),
                            ('WARC-Date', date), ('WARC-Target-URI', url),
                            ('WARC-Concurrent-To', rid(concurrent)),
                            ('Content-Type', 'application/http; msgtype=request')], block)


def revisit(version, n, url, date, refers, refers_date, payload):
    """A revisit of an identical payload: Heritrix names the record it repeats by its
    WARC-Refers-To record id; Browsertrix (warcio.js) only by target URI and date (refers=None).
    The payload digest is that of the repeated response's payload as stored."""
    block = http(200, 'OK', [('Content-Type', 'text/html; charset=UTF-8'),
                              ('Content-Length', str(len(payload)))], b'')
    refers_to = [] if refers is None else [('WARC-Refers-To', rid(refers))]
    return record(version, [('WARC-Type', 'revisit'), ('WARC-Record-ID', rid(n)),
                            ('WARC-Date', date), ('WARC-Target-URI', url),
                            ('WARC-Profile', 'http://netpreserve.org/warc/%s/revisit/'
                             'identical-payload-digest' % version)] + refers_to +
                           [('WARC-Refers-To-Target-URI', url),
                            ('WARC-Refers-To-Date', refers_date),
                            ('Content-Type', 'application/http; msgtype=response'),
                            ('WARC-Payload-Digest', digest(payload))], block)


def warcinfo(version, n, name, software):
    block = ('software: %s\r\nformat: WARC File Format %s\r\n' % (software, version)).encode()
    return record(version, [('WARC-Type', 'warcinfo'), ('WARC-Record-ID', rid(n)),
                            ('WARC-Date', '2021-03-05T01:00:00Z'), ('WARC-Filename', name),
                            ('Content-Type', 'application/warc-fields')], block)


def heritrix():
    """Heritrix 3: per-record gzip, dns: records, request + response + metadata per URL, a
    revisit of an unchanged article, a 404, an image and a robots.txt."""
    v = '1.0'
    a1 = 'http://news.example.cn/system/2021/03/05/030012345.shtml'
    a2 = 'http://news.example.cn/system/2021/03/06/030012399.shtml'
    home = 'http://news.example.cn/'
    list_page = b'<html><head><title>Home</title></head><body><a href="/system/2021/03/05/' \
                b'030012345.shtml">a</a></body></html>'
    png = bytes.fromhex('89504e470d0a1a0a0000000d4948445200000001000000010806000000'
                        '1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082')
    recs = [
        warcinfo(v, 1, 'heritrix.warc.gz', 'Heritrix/3.4.0-20200304 http://crawler.archive.org'),
        record(v, [('WARC-Type', 'response'), ('WARC-Record-ID', rid(2)),
                   ('WARC-Date', '2021-03-05T01:00:01Z'), ('WARC-Target-URI', 'dns:news.example.cn'),
                   ('WARC-IP-Address', '192.0.2.1'), ('Content-Type', 'text/dns')],
               b'20210305010001\nnews.example.cn.\t300\tIN\tA\t192.0.2.7\n'),
        response(v, 3, 'http://news.example.cn/robots.txt', '2021-03-05T01:00:02Z', 200, 'OK',
                 'text/plain', b'User-agent: *\nDisallow: /search/\n'),
        request(v, 4, home, '2021-03-05T01:00:03Z', 5),
        response(v, 5, home, '2021-03-05T01:00:03Z', 200, 'OK', 'text/html', list_page),
        request(v, 6, a1, '2021-03-05T01:00:04Z', 7),
        response(v, 7, a1, '2021-03-05T01:00:04Z', 200, 'OK', 'text/html; charset=UTF-8', seed(0)),
        record(v, [('WARC-Type', 'metadata'), ('WARC-Record-ID', rid(8)),
                   ('WARC-Date', '2021-03-05T01:00:04Z'), ('WARC-Target-URI', a1),
                   ('WARC-Concurrent-To', rid(7)), ('Content-Type', 'application/warc-fields')],
               b'via: http://news.example.cn/\r\nhopsFromSeed: L\r\n'),
        response(v, 9, a2, '2021-03-06T01:00:05Z', 200, 'OK', 'text/html; charset=UTF-8', seed(1)),
        response(v, 10, 'http://news.example.cn/system/2021/03/07/030012400.shtml',
                 '2021-03-07T01:00:06Z', 404, 'Not Found', 'text/html', b'<html>gone</html>'),
        response(v, 11, 'http://news.example.cn/images/logo.png', '2021-03-05T01:00:07Z', 200,
                 'OK', 'image/png', png),
        revisit(v, 12, a1, '2021-04-05T01:00:04Z', 7, '2021-03-05T01:00:04Z', seed(0)),
        response(v, 13, 'http://elsewhere.example.org/page.html', '2021-03-05T01:00:08Z', 200,
                 'OK', 'text/html', b'<html><body>off the portals</body></html>'),
    ]
    with open('heritrix.warc.gz', 'wb') as f:
        for r in recs:
            f.write(gzip.compress(r, mtime=0))


def browsertrix():
    """Browsertrix Crawler: WARC/1.1, a gzip-encoded payload kept as sent, request records
    after their responses, a urn:pageinfo resource, a revisit and a duplicate response."""
    v = '1.1'
    a1 = 'https://gongyi.example.tw/news/2021/05/2001.html'
    a2 = 'https://gongyi.example.tw/news/2021/05/2002.html'
    body1 = seed(3)
    body2 = seed(4)
    recs = [
        warcinfo(v, 101, 'browsertrix.warc', 'Browsertrix-Crawler 1.1.0 (with warcio.js 2.2.1)'),
        response(v, 102, a1, '2021-05-10T08:00:00.123Z', 200, 'OK', 'text/html; charset=utf-8',
                 body1, extra=[('Content-Encoding', 'gzip'), ('Vary', 'Accept-Encoding')],
                 enc_body=gzip.compress(body1, mtime=0)),
        request(v, 103, a1, '2021-05-10T08:00:00.123Z', 102),
        response(v, 104, a2, '2021-05-10T08:00:01.456Z', 200, 'OK', 'text/html; charset=utf-8',
                 body2),
        request(v, 105, a2, '2021-05-10T08:00:01.456Z', 104),
        record(v, [('WARC-Type', 'resource'), ('WARC-Record-ID', rid(106)),
                   ('WARC-Date', '2021-05-10T08:00:02Z'),
                   ('WARC-Target-URI', 'urn:pageinfo:' + a2),
                   ('Content-Type', 'application/json')], b'{"pageid":"p2","urls":{}}'),
        response(v, 107, a2, '2021-05-10T09:00:01.456Z', 200, 'OK', 'text/html; charset=utf-8',
                 body2),
        revisit(v, 108, a1, '2021-05-11T08:00:00Z', None, '2021-05-10T08:00:00.123Z',
                gzip.compress(body1, mtime=0)),
        response(v, 109, 'https://gongyi.example.tw/static/site.css', '2021-05-10T08:00:03Z', 200,
                 'OK', 'text/css', b'body{margin:0}'),
        response(v, 110, 'https://gongyi.example.tw/news/2021/05/2003.html',
                 '2021-05-10T08:00:04Z', 302, 'Found', 'text/html', b'',
                 extra=[('Location', 'https://gongyi.example.tw/')]),
    ]
    with open('browsertrix.warc', 'wb') as f:
        for r in recs:
            f.write(r)


def arc():
    """An ARC v1 file as the Internet Archive's early crawlers wrote it: one article."""
    url = 'http://news.example.cn/system/2019/12/01/020001111.shtml'
    payload = http(200, 'OK', [('Content-Type', 'text/html; charset=UTF-8')], seed(2))
    meta = b'1 0 InternetArchive\nURL IP-address Archive-date Content-type Archive-length\n'
    out = ('filedesc://wayback.arc 0.0.0.0 20191201000000 text/plain %d\n' % len(meta)).encode()
    out += meta + b'\n'
    out += ('%s 192.0.2.7 20191201080000 text/html %d\n' % (url, len(payload))).encode()
    out += payload + b'\n'
    with open('wayback.arc', 'wb') as f:
        f.write(out)


heritrix()
browsertrix()
arc()
