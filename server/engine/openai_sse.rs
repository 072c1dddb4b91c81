//! Server-sent events, just the part completion streams use: `data:` lines, events separated
//! by a blank line, `:` comment lines (llama-server's keep-alive pings). Bytes arrive in
//! network chunks that split lines anywhere — even inside a UTF-8 character — so complete
//! lines are cut from a byte buffer before any decoding.

/// Incremental parser: feed network chunks, get back the `data` payload of each finished event.
#[derive(Default)]
pub(crate) struct SseParser {
    buf: Vec<u8>,
    /// `data:` lines of the event being read (several lines join with `\n`, per the spec).
    data: Option<String>,
}

impl SseParser {
    pub fn push(&mut self, bytes: &[u8]) -> Vec<String> {
        self.buf.extend_from_slice(bytes);
        let mut events = Vec::new();
        while let Some(nl) = self.buf.iter().position(|&b| b == b'\n') {
            let mut line: Vec<u8> = self.buf.drain(..=nl).collect();
            line.pop();
            if line.last() == Some(&b'\r') {
                line.pop();
            }
            self.line(&String::from_utf8_lossy(&line), &mut events);
        }
        events
    }

    /// The stream ended: an event not closed by a blank line still counts (some servers
    /// close the connection right after the last `data:` line).
    pub fn finish(&mut self) -> Vec<String> {
        let mut events = Vec::new();
        if !self.buf.is_empty() {
            let rest = std::mem::take(&mut self.buf);
            let line = String::from_utf8_lossy(&rest).trim_end_matches('\r').to_string();
            self.line(&line, &mut events);
        }
        events.extend(self.data.take());
        events
    }

    fn line(&mut self, line: &str, events: &mut Vec<String>) {
        if line.is_empty() {
            events.extend(self.data.take());
            return;
        }
        if line.starts_with(':') {
            return; // comment / ping
        }
        let (field, value) = match line.split_once(':') {
            Some((f, v)) => (f, v.strip_prefix(' ').unwrap_or(v)),
            None => (line, ""),
        };
        // `event:`, `id:` and `retry:` carry nothing a completion needs; llama-server reports
        // errors as `error: {json}` lines, which are passed on like data so they surface.
        if field == "data" || field == "error" {
            match &mut self.data {
                Some(d) => {
                    d.push('\n');
                    d.push_str(value);
                }
                None => self.data = Some(value.to_string()),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_split_anywhere_are_reassembled() {
        let stream = "data: {\"content\":\"µs\"}\n\n: ping\n\ndata: {\"a\":1}\r\n\r\ndata: [DONE]\n\n";
        let bytes = stream.as_bytes();
        // Every split point, including inside the two-byte `µ`.
        for cut in 0..bytes.len() {
            let mut p = SseParser::default();
            let mut got = p.push(&bytes[..cut]);
            got.extend(p.push(&bytes[cut..]));
            got.extend(p.finish());
            assert_eq!(got, vec!["{\"content\":\"µs\"}", "{\"a\":1}", "[DONE]"], "cut at {cut}");
        }
    }

    #[test]
    fn multi_line_data_and_unterminated_last_event() {
        let mut p = SseParser::default();
        assert!(p.push(b"event: x\ndata: a\ndata:b\n").is_empty());
        assert_eq!(p.push(b"\ndata: tail"), vec!["a\nb"]);
        assert_eq!(p.finish(), vec!["tail"]);
    }

    #[test]
    fn error_lines_surface_as_events() {
        let mut p = SseParser::default();
        assert_eq!(p.push(b"error: {\"message\":\"boom\"}\n\n"), vec!["{\"message\":\"boom\"}"]);
    }
}
