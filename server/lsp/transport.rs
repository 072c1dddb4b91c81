//! The stdio framing in front of tower-lsp.
//!
//! tower-lsp stops reading for good after one message it cannot decode (its codec error ends
//! tokio-util's `FramedRead` stream, and the server loop exits), so a single bad byte from a
//! client would end the whole editing session. This layer reads the frames itself and hands
//! tower-lsp only messages it can decode:
//!
//! - a body that is not JSON, or JSON that is not a JSON-RPC message, is answered with a
//!   JSON-RPC error (parse error / invalid request, with the request's id when it has one);
//! - a bad header, or a `Content-Length` that does not match the body, is answered the same
//!   way and reading resumes at the next `Content-Length` header. A header sent without its
//!   body is detected even when the length is larger than what follows: raw `\r\n` cannot
//!   occur inside a JSON string and `Content-Length` cannot occur outside one, so a header
//!   inside a body means the body ended early;
//! - a `textDocument/didChange` whose parameters cannot be read would be dropped silently by
//!   tower-lsp, leaving the server's copy of the document behind the editor's for good. It is
//!   turned into a `didClose` of that document (GPIoT forgets it rather than act on a wrong
//!   copy) and the user is told to reopen the file.
//!
//! Our own replies must not land inside one of tower-lsp's frames, so everything written to
//! stdout goes through one channel: [`ChannelWriter`] accepts each write from tower-lsp's
//! `FramedWrite` whole (its buffer only ever holds complete frames), and [`write_out`] copies
//! the channel to stdout in order.

use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};

use serde::Deserialize;
use serde_json::{json, Value};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::sync::mpsc;
use tower_lsp::jsonrpc::{Request, Response};
use tower_lsp::lsp_types::DidChangeTextDocumentParams;

/// Larger messages are refused (and skipped). A 50 MB document is far below it.
pub const MAX_MESSAGE_BYTES: usize = 512 << 20;
/// A header block longer than this is garbage, not a header.
const MAX_HEADER_BYTES: usize = 8 << 10;
const MARK: &[u8] = b"Content-Length";

const PARSE_ERROR: i64 = -32700;
const INVALID_REQUEST: i64 = -32600;

/// One unit read from the client.
#[derive(Debug, PartialEq, Eq)]
pub enum Frame {
    Body(Vec<u8>),
    /// Bytes that are not a well-framed message, and why.
    Bad(String),
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum State {
    #[default]
    Header,
    Body(usize),
    /// Skipping to the next `Content-Length` after an error.
    Resync,
}

/// Splits the client's byte stream into frames (sans I/O: `push` bytes, then take `next`
/// until `None`).
#[derive(Default)]
pub struct Deframer {
    buf: Vec<u8>,
    /// Start of the unconsumed bytes in `buf`.
    pos: usize,
    state: State,
    /// In `Body`: how far (from `pos`) the body was searched for an embedded header.
    scanned: usize,
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Whether `s` (starting with `Content-Length`) is a header line: `Content-Length`, optional
/// blanks, `:`, optional blanks, digits, CR LF. `None` while `s` may still become one.
fn header_line_at(s: &[u8]) -> Option<bool> {
    let mut rest = s[MARK.len()..].iter().copied();
    let mut seen_colon = false;
    let mut digits = 0;
    loop {
        let Some(b) = rest.next() else { return None };
        match b {
            b' ' | b'\t' if digits == 0 => {}
            b':' if !seen_colon && digits == 0 => seen_colon = true,
            b'0'..=b'9' if seen_colon => digits += 1,
            b'\r' if digits > 0 => return Some(rest.next()? == b'\n'),
            _ => return Some(false),
        }
    }
}

/// The declared body length from a header block (without the blank line).
fn content_length(block: &[u8]) -> Result<usize, String> {
    let mut length = None;
    for line in block.split(|&b| b == b'\n') {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.is_empty() {
            continue;
        }
        let text = String::from_utf8_lossy(line);
        let Some((name, value)) = text.split_once(':') else {
            return Err(format!("malformed header line `{}`", text.chars().take(80).collect::<String>()));
        };
        if name.trim().eq_ignore_ascii_case("content-length") {
            let value = value.trim();
            length = Some(value.parse::<usize>().map_err(|_| format!("Content-Length `{value}` is not a byte count"))?);
        }
        // Other headers (Content-Type) are ignored: bodies are UTF-8 JSON whatever they say.
    }
    length.ok_or_else(|| "a header without Content-Length".to_string())
}

impl Deframer {
    pub fn push(&mut self, bytes: &[u8]) {
        if self.pos > 0 {
            self.buf.drain(..self.pos);
            self.pos = 0;
        }
        // Do not hold on to the memory of one huge message for the rest of the session.
        if self.buf.capacity() > 4 << 20 && self.buf.len() < 1 << 20 {
            self.buf.shrink_to(1 << 20);
        }
        self.buf.extend_from_slice(bytes);
    }

    /// Drops one byte and looks for the next header.
    fn resync(&mut self, why: String) -> Frame {
        self.pos += 1;
        self.state = State::Resync;
        Frame::Bad(why)
    }

    pub fn next(&mut self) -> Option<Frame> {
        loop {
            let rest = &self.buf[self.pos..];
            match self.state {
                State::Resync => match find(rest, MARK) {
                    Some(i) => {
                        self.pos += i;
                        self.state = State::Header;
                    }
                    None => {
                        // Keep what may be the start of a header split across reads.
                        self.pos = self.buf.len() - rest.len().min(MARK.len() - 1);
                        return None;
                    }
                },
                State::Header => {
                    let Some(end) = find(rest, b"\r\n\r\n") else {
                        if rest.len() > MAX_HEADER_BYTES {
                            return Some(self.resync(format!("no header end in {} bytes", rest.len())));
                        }
                        return None;
                    };
                    match content_length(&rest[..end]) {
                        Ok(len) if len > MAX_MESSAGE_BYTES => {
                            self.pos += end + 4;
                            self.state = State::Resync;
                            return Some(Frame::Bad(format!("a message of {len} bytes is over the {MAX_MESSAGE_BYTES}-byte limit")));
                        }
                        Ok(len) => {
                            self.pos += end + 4;
                            self.state = State::Body(len);
                            self.scanned = 0;
                        }
                        Err(why) => return Some(self.resync(why)),
                    }
                }
                State::Body(len) => match embedded_header(rest, len, &mut self.scanned) {
                    Scan::Header(at) => {
                        self.pos += at;
                        self.state = State::Header;
                        return Some(Frame::Bad(format!(
                            "the body ended before its Content-Length ({len} bytes): the next message starts {at} bytes into it"
                        )));
                    }
                    Scan::Undecided => return None,
                    Scan::Clean if rest.len() < len => return None,
                    Scan::Clean => {
                        let body = rest[..len].to_vec();
                        self.pos += len;
                        self.state = State::Header;
                        return Some(Frame::Body(body));
                    }
                },
            }
        }
    }
}

enum Scan {
    /// A header line starts at this offset.
    Header(usize),
    /// A possible header line is cut off by the end of the data: wait for more.
    Undecided,
    Clean,
}

/// Looks for a header line starting inside the first `len` bytes of `rest` (a body of that
/// declared length and what follows), from `scanned` on (what was searched before, as more
/// of the body arrived), which it moves on. The line itself may run past `len`: a header
/// sent with a length too small for the message after it starts inside the "body" too.
fn embedded_header(rest: &[u8], len: usize, scanned: &mut usize) -> Scan {
    let limit = len.min(rest.len());
    let mut from = (*scanned).min(limit);
    let window = |from: usize| &rest[from..(limit + MARK.len() - 1).min(rest.len())];
    while let Some(k) = find(window(from), MARK) {
        let at = from + k;
        match header_line_at(&rest[at..]) {
            Some(true) => return Scan::Header(at),
            Some(false) => from = at + 1,
            None => {
                *scanned = at;
                return Scan::Undecided;
            }
        }
    }
    // A marker cut off by the end of the data is found again next time.
    *scanned = limit.saturating_sub(MARK.len() - 1).max(from);
    Scan::Clean
}

/// What tower-lsp decodes a message as (its own `Message` is private): the same shape, so a
/// body that passes here is one tower-lsp accepts.
#[derive(Deserialize)]
#[serde(untagged)]
enum Incoming {
    #[allow(dead_code)]
    Response(Response),
    Request(Request),
}

/// What to do with one frame: pass `forward` (a body) to tower-lsp, write `replies` to the
/// client.
#[derive(Debug, Default)]
pub struct Checked {
    pub forward: Option<Vec<u8>>,
    pub replies: Vec<Value>,
}

fn error_reply(id: Value, code: i64, message: String) -> Value {
    json!({"jsonrpc": "2.0", "id": id, "error": {"code": code, "message": message}})
}

fn show_error(message: String) -> Value {
    json!({"jsonrpc": "2.0", "method": "window/showMessage", "params": {"type": 1, "message": message}})
}

/// Checks one frame from the client.
pub fn check(frame: Frame) -> Checked {
    let body = match frame {
        Frame::Body(body) => body,
        Frame::Bad(why) => {
            tracing::warn!("bad message framing from the client: {why}");
            let message = format!("Parse error: {why}; the bytes up to the next Content-Length header were skipped");
            return Checked { forward: None, replies: vec![error_reply(Value::Null, PARSE_ERROR, message)] };
        }
    };
    let parsed = std::str::from_utf8(&body)
        .map_err(|e| format!("the body is not UTF-8 ({e})"))
        .and_then(|text| serde_json::from_str::<Incoming>(text).map_err(|e| e.to_string()));
    let request = match parsed {
        Ok(Incoming::Request(request)) => request,
        Ok(Incoming::Response(_)) => return Checked { forward: Some(body), replies: Vec::new() },
        Err(why) => {
            tracing::warn!("undecodable message from the client: {why}");
            // Valid JSON that is not a message gets "invalid request", answered to its id.
            let reply = match serde_json::from_slice::<Value>(&body) {
                Ok(value) => {
                    let id = value.get("id").filter(|id| id.is_i64() || id.is_string()).cloned().unwrap_or(Value::Null);
                    let message = "Invalid request: not a JSON-RPC 2.0 message (an object with \"jsonrpc\": \"2.0\" and a \"method\", or a response with \"result\" or \"error\"); it was ignored".to_string();
                    error_reply(id, INVALID_REQUEST, message)
                }
                Err(_) => error_reply(Value::Null, PARSE_ERROR, format!("Parse error: {why}; the message was ignored")),
            };
            return Checked { forward: None, replies: vec![reply] };
        }
    };
    if request.method() == "textDocument/didChange" && request.id().is_none() {
        let null = Value::Null;
        let params = request.params().unwrap_or(&null);
        if let Err(e) = DidChangeTextDocumentParams::deserialize(params) {
            if let Some(uri) = params.pointer("/textDocument/uri").and_then(Value::as_str) {
                tracing::error!("unreadable didChange for {uri}: {e}");
                let close = json!({"jsonrpc": "2.0", "method": "textDocument/didClose", "params": {"textDocument": {"uri": uri}}});
                let message = format!(
                    "GPIoT could not read a change to {uri} ({e}) and stopped tracking the file rather than work on a wrong copy; close and reopen it to use GPIoT actions"
                );
                return Checked { forward: Some(serde_json::to_vec(&close).expect("JSON")), replies: vec![show_error(message)] };
            }
        }
    }
    Checked { forward: Some(body), replies: Vec::new() }
}

fn framed(body: &[u8]) -> Vec<u8> {
    let mut out = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    out.extend_from_slice(body);
    out
}

/// Reads the client's stream, checks every frame, feeds tower-lsp (`server`) the good ones
/// and sends replies for the bad ones to `out`. Returns at end of input.
pub async fn read_in(mut input: impl AsyncRead + Unpin, mut server: impl AsyncWrite + Unpin, out: mpsc::UnboundedSender<Vec<u8>>) {
    let mut deframer = Deframer::default();
    let mut chunk = vec![0u8; 64 << 10];
    loop {
        let n = match input.read(&mut chunk).await {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) => {
                tracing::error!("reading the client failed: {e}");
                break;
            }
        };
        deframer.push(&chunk[..n]);
        while let Some(frame) = deframer.next() {
            let checked = check(frame);
            for reply in checked.replies {
                let _ = out.send(framed(&serde_json::to_vec(&reply).expect("JSON")));
            }
            if let Some(body) = checked.forward {
                let header = format!("Content-Length: {}\r\n\r\n", body.len());
                if server.write_all(header.as_bytes()).await.is_err() || server.write_all(&body).await.is_err() {
                    return;
                }
            }
        }
    }
    let _ = server.shutdown().await;
}

/// Copies everything queued for the client to `stdout`, in order, until every sender is gone.
pub async fn write_out(mut rx: mpsc::UnboundedReceiver<Vec<u8>>, mut stdout: impl AsyncWrite + Unpin) {
    while let Some(bytes) = rx.recv().await {
        if stdout.write_all(&bytes).await.is_err() {
            return;
        }
        if rx.is_empty() && stdout.flush().await.is_err() {
            return;
        }
    }
    let _ = stdout.flush().await;
}

/// tower-lsp's output: each write is queued whole (so frames stay contiguous on stdout).
pub struct ChannelWriter(pub mpsc::UnboundedSender<Vec<u8>>);

impl AsyncWrite for ChannelWriter {
    fn poll_write(self: Pin<&mut Self>, _: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        Poll::Ready(match self.0.send(buf.to_vec()) {
            Ok(()) => Ok(buf.len()),
            Err(_) => Err(io::ErrorKind::BrokenPipe.into()),
        })
    }

    fn poll_flush(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<io::Result<()>> {
        Poll::Ready(Ok(()))
    }

    fn poll_shutdown(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<io::Result<()>> {
        Poll::Ready(Ok(()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frames(input: &[&[u8]]) -> Vec<Frame> {
        let mut d = Deframer::default();
        let mut out = Vec::new();
        for chunk in input {
            d.push(chunk);
            while let Some(f) = d.next() {
                out.push(f);
            }
        }
        out
    }

    fn body(s: &str) -> Frame {
        Frame::Body(s.as_bytes().to_vec())
    }

    const MSG: &[u8] = b"Content-Length: 2\r\n\r\n{}";

    #[test]
    fn frames_split_anywhere_are_reassembled() {
        let stream = [MSG, b"Content-Type: application/vscode-jsonrpc; charset=utf-8\r\nContent-Length: 3\r\n\r\n[1]"].concat();
        for cut in 0..stream.len() {
            assert_eq!(frames(&[&stream[..cut], &stream[cut..]]), [body("{}"), body("[1]")], "cut at {cut}");
        }
    }

    #[test]
    fn a_bad_length_is_skipped_up_to_the_next_header() {
        let out = frames(&[b"Content-Length: abc\r\n\r\n{\"x\": 1}", MSG]);
        assert!(matches!(&out[0], Frame::Bad(why) if why.contains("abc")), "{out:?}");
        assert_eq!(out[1..], [body("{}")]);
        let out = frames(&[b"garbage\r\n\r\n", MSG]);
        assert!(matches!(&out[0], Frame::Bad(_)) && out[1..] == [body("{}")], "{out:?}");
    }

    #[test]
    fn a_header_without_its_body_does_not_swallow_the_next_message() {
        // Declared longer and shorter than the message that follows.
        for len in [9, 30, 5000] {
            let header = format!("Content-Length: {len}\r\n\r\n");
            let out = frames(&[header.as_bytes(), MSG]);
            assert!(matches!(&out[0], Frame::Bad(why) if why.contains("ended before")), "{len}: {out:?}");
            assert_eq!(out[1..], [body("{}")], "{len}");
        }
    }

    #[test]
    fn content_length_inside_a_json_string_is_not_a_header() {
        let json = r#"{"text": "Content-Length: 12 is fine"}"#;
        let stream = format!("Content-Length: {}\r\n\r\n{json}", json.len());
        assert_eq!(frames(&[stream.as_bytes()]), [body(json)]);
    }

    #[test]
    fn checks_answer_bad_bodies_with_json_rpc_errors() {
        let c = check(body("{not json"));
        assert!(c.forward.is_none());
        assert_eq!(c.replies[0]["error"]["code"], PARSE_ERROR);
        let c = check(body(r#"{"jsonrpc": "1.0", "id": 7, "method": "x"}"#));
        assert_eq!((c.replies[0]["id"].clone(), c.replies[0]["error"]["code"].clone()), (json!(7), json!(INVALID_REQUEST)));
        let c = check(body(r#"{"jsonrpc": "2.0", "id": 7, "method": "x", "params": {}}"#));
        assert!(c.forward.is_some() && c.replies.is_empty());
    }

    #[test]
    fn an_unreadable_did_change_closes_the_document() {
        let c = check(body(r#"{"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": "file:///a.py", "version": 2}, "contentChanges": [{"range": {"start": {"line": -1, "character": 0}, "end": {"line": 0, "character": 0}}, "text": "x"}]}}"#));
        let forward: Value = serde_json::from_slice(&c.forward.unwrap()).unwrap();
        assert_eq!(forward["method"], "textDocument/didClose");
        assert_eq!(forward["params"]["textDocument"]["uri"], "file:///a.py");
        assert!(c.replies[0]["params"]["message"].as_str().unwrap().contains("reopen"));
    }
}
