//! The connections of `charter serve`: a small HTTP/1.1 server over
//! `std::net`, because what it must guarantee is about resources, not
//! protocol. A development server only answers `GET` and `HEAD` for files in
//! memory and one live-reload stream per page, so it needs little of HTTP;
//! what it needs is bounds: at most [`MAX_CONNECTIONS`] connections are
//! handled at once (the rest get `503` at once), every read and write has a
//! timeout, request heads are capped, and each connection closes after one
//! answer. (tiny_http, used before, starts a thread per open connection
//! without limit and keeps idle ones forever: enough open event streams
//! exhausted the threads, its accept thread panicked, and the port stopped
//! answering while the process lived on.)

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use super::events::Events;
use super::http::{self, EVENTS_PATH, Reply, Served};

/// Connections handled at once; more are answered `503` at once.
pub const MAX_CONNECTIONS: usize = 64;
/// Largest request head (request line and headers) read.
const MAX_HEAD_BYTES: u64 = 16 * 1024;
/// How long one write of a live-reload stream may block.
const IO_TIMEOUT: Duration = Duration::from_secs(10);
/// How long a client may take to send its whole request head: one deadline,
/// not one per read, so a client trickling a byte at a time cannot hold a
/// connection for longer.
const HEAD_DEADLINE: Duration = Duration::from_secs(10);
/// How long a client may take to receive a whole answer.
const REPLY_DEADLINE: Duration = Duration::from_secs(30);
/// How long the accept loop spends on a connection it turns away.
const BUSY_DEADLINE: Duration = Duration::from_millis(200);

/// Accepts connections on `listener` forever, each on its own thread while
/// fewer than [`MAX_CONNECTIONS`] are open.
pub fn run(listener: TcpListener, served: Arc<RwLock<Served>>, events: Arc<Events>) {
    let open = Arc::new(AtomicUsize::new(0));
    for stream in listener.incoming() {
        let Ok(stream) = stream else {
            // Out of file descriptors, or a connection reset before it was
            // accepted: wait a moment rather than spin, and go on.
            std::thread::sleep(Duration::from_millis(50));
            continue;
        };
        if open.fetch_add(1, Ordering::SeqCst) >= MAX_CONNECTIONS {
            open.fetch_sub(1, Ordering::SeqCst);
            busy(stream);
            continue;
        }
        let slot = Slot(Arc::clone(&open));
        let (served, events) = (Arc::clone(&served), Arc::clone(&events));
        // No thread to be had: the connection closes (the closure and its
        // stream are dropped) and the server goes on; never a panic.
        let _ = std::thread::Builder::new()
            .name("charter-serve".into())
            .spawn(move || {
                let _slot = slot;
                connection(stream, &served, &events);
            });
    }
}

/// A connection's place among the [`MAX_CONNECTIONS`], given back when its
/// thread ends (also if it panics).
struct Slot(Arc<AtomicUsize>);

impl Drop for Slot {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

/// `503` with `Retry-After`, written from the accept loop: it must not wait
/// on a slow client, so it gets short timeouts. The request is read first:
/// closing a socket with unread bytes resets the connection, and the client
/// would see the reset instead of the answer.
fn busy(stream: TcpStream) {
    let mut timed = Timed::new(&stream, BUSY_DEADLINE);
    let _ = read_head(&mut BufReader::new((&mut timed).take(MAX_HEAD_BYTES)));
    let reply = Reply {
        status: 503,
        content_type: "text/plain; charset=utf-8",
        body: b"busy: too many open connections, try again\n".to_vec(),
        location: None,
    };
    let _ = write_reply(&mut timed, &reply, true, &["Retry-After: 1"]);
    linger(&mut timed);
}

/// A connection with one deadline for all the reads and writes made
/// through it.
struct Timed<'a> {
    stream: &'a TcpStream,
    until: Instant,
}

impl<'a> Timed<'a> {
    fn new(stream: &'a TcpStream, within: Duration) -> Timed<'a> {
        Timed {
            stream,
            until: Instant::now() + within,
        }
    }

    fn left(&self) -> std::io::Result<Duration> {
        let left = self.until.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(std::io::ErrorKind::TimedOut.into());
        }
        Ok(left)
    }
}

impl Read for Timed<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        self.stream.set_read_timeout(Some(self.left()?))?;
        let mut stream = self.stream;
        stream.read(buf)
    }
}

impl Write for Timed<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.stream.set_write_timeout(Some(self.left()?))?;
        let mut stream = self.stream;
        stream.write(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        let mut stream = self.stream;
        stream.flush()
    }
}

/// After an answer to a request that was not read to its end: says the
/// answer is complete, then reads what the client still sends (within the
/// deadline), because closing with unread input resets the connection and
/// the client would see the reset instead of the answer.
fn linger(timed: &mut Timed<'_>) {
    let _ = timed.stream.shutdown(std::net::Shutdown::Write);
    let _ = std::io::copy(&mut timed.take(64 * 1024), &mut std::io::sink());
}

/// Reads one request and answers it.
fn connection(stream: TcpStream, served: &RwLock<Served>, events: &Arc<Events>) {
    let mut head = Timed::new(&stream, HEAD_DEADLINE);
    let request = read_head(&mut BufReader::new((&mut head).take(MAX_HEAD_BYTES)));
    let mut writer = Timed::new(&stream, REPLY_DEADLINE);
    let (method, target) = match request {
        Ok(Some(request)) => request,
        Ok(None) => return, // closed, or timed out, before a request
        Err(status) => {
            let _ = write_reply(&mut writer, &plain(status), true, &[]);
            linger(&mut writer);
            return;
        }
    };
    let with_body = method == "GET";
    if method != "GET" && method != "HEAD" {
        let _ = write_reply(&mut writer, &plain(405), true, &["Allow: GET, HEAD"]);
        linger(&mut writer);
        return;
    }
    if target == EVENTS_PATH && with_body {
        stream_events(&stream, events);
        return;
    }
    let reply = match served.read() {
        Ok(served) if target != EVENTS_PATH => http::reply(&target, &served),
        Ok(_) => plain(200),
        Err(_) => plain(500),
    };
    let _ = write_reply(&mut writer, &reply, with_body, &[]);
}

/// The request line's method and target, once the whole head is read.
/// `Ok(None)` when the client closed or went quiet first; `Err(status)` for a
/// head that is not HTTP or is too long.
fn read_head(reader: &mut impl BufRead) -> Result<Option<(String, String)>, u16> {
    let mut request_line = String::new();
    match reader.read_line(&mut request_line) {
        Ok(0) => return Ok(None),
        Err(e) if e.kind() == std::io::ErrorKind::InvalidData => return Err(400),
        Err(_) => return Ok(None),
        Ok(_) => {}
    }
    let mut parts = request_line.split_ascii_whitespace();
    let (Some(method), Some(target), Some(version)) = (parts.next(), parts.next(), parts.next())
    else {
        return Err(400);
    };
    if !version.starts_with("HTTP/1.") {
        return Err(505);
    }
    // The headers are not needed; read them to their end so that the answer
    // does not race the client's writing.
    let mut line = String::new();
    loop {
        line.clear();
        match reader.read_line(&mut line) {
            Ok(0) if !line.ends_with('\n') => return Err(431),
            Ok(_) if line == "\r\n" || line == "\n" => break,
            Ok(_) => {}
            Err(_) => return Ok(None),
        }
    }
    Ok(Some((method.to_string(), target.to_string())))
}

fn plain(status: u16) -> Reply {
    Reply {
        status,
        content_type: "text/plain; charset=utf-8",
        body: format!("{status} {}\n", reason(status)).into_bytes(),
        location: None,
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        301 => "Moved Permanently",
        400 => "Bad Request",
        404 => "Not Found",
        405 => "Method Not Allowed",
        431 => "Request Header Fields Too Large",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        505 => "HTTP Version Not Supported",
        _ => "",
    }
}

/// Writes a whole answer; every connection closes after one.
fn write_reply(
    out: &mut impl Write,
    reply: &Reply,
    with_body: bool,
    extra: &[&str],
) -> std::io::Result<()> {
    let mut head = format!(
        "HTTP/1.1 {} {}\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n",
        reply.status,
        reason(reply.status),
        reply.content_type,
        reply.body.len()
    );
    if let Some(location) = &reply.location {
        head.push_str(&format!("Location: {location}\r\n"));
    }
    for header in extra {
        head.push_str(header);
        head.push_str("\r\n");
    }
    head.push_str("\r\n");
    out.write_all(head.as_bytes())?;
    if with_body {
        out.write_all(&reply.body)?;
    }
    out.flush()
}

/// How often an event stream checks that its page is still there.
const STREAM_CHECK: Duration = Duration::from_secs(1);
/// How often an idle event stream sends a keep-alive comment (proxies close
/// silent streams).
const KEEP_ALIVE_EVERY: u32 = 15;

/// Server-sent events: the site's version at once, then each new one, with
/// a keep-alive comment in between. Ends within a second of the page going
/// away, so that a closed tab frees its connection at once.
fn stream_events(mut out: &TcpStream, events: &Arc<Events>) {
    let _ = out.set_write_timeout(Some(IO_TIMEOUT));
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n";
    if out
        .write_all(head.as_bytes())
        .and_then(|_| out.flush())
        .is_err()
    {
        return;
    }
    let mut stream = events.subscribe();
    let mut idle = 0;
    loop {
        let message = match stream.poll(STREAM_CHECK) {
            Some(event) => event,
            None if client_gone(out) => return,
            None => {
                idle += 1;
                if idle < KEEP_ALIVE_EVERY {
                    continue;
                }
                b": keep-alive\n\n".to_vec()
            }
        };
        idle = 0;
        if out.write_all(&message).and_then(|_| out.flush()).is_err() {
            return;
        }
    }
}

/// Whether the client has closed its side (a read would return end of file)
/// or the connection failed, checked without waiting.
fn client_gone(stream: &TcpStream) -> bool {
    if stream.set_nonblocking(true).is_err() {
        return true;
    }
    let gone = match stream.peek(&mut [0u8; 1]) {
        Ok(0) => true,
        Ok(_) => false,
        Err(e) => e.kind() != std::io::ErrorKind::WouldBlock,
    };
    gone || stream.set_nonblocking(false).is_err()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heads_are_parsed_and_bad_ones_refused() {
        let read = |text: &str| read_head(&mut BufReader::new(text.as_bytes()));
        assert_eq!(
            read("GET /a/?x=1 HTTP/1.1\r\nHost: h\r\n\r\n"),
            Ok(Some(("GET".into(), "/a/?x=1".into())))
        );
        assert_eq!(read(""), Ok(None));
        assert_eq!(
            read_head(&mut BufReader::new(&b"GET /\xff HTTP/1.1\r\n\r\n"[..])),
            Err(400)
        );
        assert_eq!(read("nonsense\r\n\r\n"), Err(400));
        assert_eq!(read("GET / SPDY/3\r\n\r\n"), Err(505));
        // A head cut off by the size cap never ends.
        assert_eq!(read("GET / HTTP/1.1\r\nX: yyyy"), Err(431));
    }

    #[test]
    fn replies_close_the_connection_and_head_has_no_body() {
        let mut out = Vec::new();
        let reply = Reply {
            status: 301,
            content_type: "text/plain; charset=utf-8",
            body: b"moved".to_vec(),
            location: Some("/privacy/".into()),
        };
        write_reply(&mut out, &reply, false, &[]).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.starts_with("HTTP/1.1 301 Moved Permanently\r\n"),
            "{text}"
        );
        assert!(text.contains("Location: /privacy/\r\n"));
        assert!(text.contains("Connection: close\r\n"));
        assert!(text.ends_with("\r\n\r\n"), "no body for HEAD: {text}");
    }
}
