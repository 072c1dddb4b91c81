//! Stop strings and UTF-8 safe streaming: tokens arrive as byte pieces that may split a
//! character, and a stop string may span several tokens, so text is released only once it
//! can no longer become part of a stop string.

pub(crate) struct StopScanner {
    stops: Vec<String>,
    bytes: Vec<u8>,
    /// Length of `text()` already handed to the caller.
    emitted: usize,
    hold: usize,
}

pub(crate) enum Scan {
    /// Keep going; the string is newly releasable text (maybe empty).
    More(String),
    /// A stop string was found; the string is the last releasable text before it.
    Stopped(String),
}

impl StopScanner {
    pub fn new(stops: &[String]) -> Self {
        let stops: Vec<String> = stops.iter().filter(|s| !s.is_empty()).cloned().collect();
        let hold = stops.iter().map(|s| s.len()).max().unwrap_or(1).saturating_sub(1);
        StopScanner { stops, bytes: Vec::new(), emitted: 0, hold }
    }

    /// The valid UTF-8 prefix of what was generated.
    fn valid(&self) -> &str {
        match std::str::from_utf8(&self.bytes) {
            Ok(s) => s,
            // An incomplete trailing character: wait for its remaining bytes.
            Err(e) => std::str::from_utf8(&self.bytes[..e.valid_up_to()]).unwrap_or(""),
        }
    }

    pub fn push(&mut self, piece: &[u8]) -> Scan {
        self.bytes.extend_from_slice(piece);
        let text = self.valid();
        // A stop string can only start within the last piece plus the held-back tail.
        let search_from = floor_char_boundary(text, self.emitted.saturating_sub(self.hold));
        let found = self
            .stops
            .iter()
            .filter_map(|s| text[search_from..].find(s.as_str()).map(|i| search_from + i))
            .min();
        if let Some(at) = found {
            let out = text[self.emitted.min(at)..at].to_string();
            self.bytes.truncate(at);
            self.emitted = at;
            return Scan::Stopped(out);
        }
        let safe = floor_char_boundary(text, text.len().saturating_sub(self.hold)).max(self.emitted);
        let out = text[self.emitted..safe].to_string();
        self.emitted = safe;
        Scan::More(out)
    }

    /// Everything not yet released (at the end of generation).
    pub fn flush(&mut self) -> String {
        let text = String::from_utf8_lossy(&self.bytes).into_owned();
        let out = text.get(self.emitted..).unwrap_or("").to_string();
        self.emitted = text.len();
        out
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.bytes).into_owned()
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(stops: &[&str], pieces: &[&[u8]]) -> (String, String, bool) {
        let stops: Vec<String> = stops.iter().map(|s| s.to_string()).collect();
        let mut sc = StopScanner::new(&stops);
        let mut streamed = String::new();
        for p in pieces {
            match sc.push(p) {
                Scan::More(s) => streamed.push_str(&s),
                Scan::Stopped(s) => {
                    streamed.push_str(&s);
                    return (streamed, sc.text(), true);
                }
            }
        }
        streamed.push_str(&sc.flush());
        (streamed, sc.text(), false)
    }

    #[test]
    fn stop_string_split_across_pieces_is_removed() {
        let (streamed, text, stopped) = run(&["```"], &[b"x = 1\n`", b"`", b"`\nmore"]);
        assert!(stopped);
        assert_eq!(text, "x = 1\n");
        assert_eq!(streamed, "x = 1\n");
    }

    #[test]
    fn multibyte_character_split_across_pieces_is_streamed_whole() {
        let bytes = "µs".as_bytes();
        let (streamed, text, stopped) = run(&[], &[&bytes[..1], &bytes[1..]]);
        assert!(!stopped);
        assert_eq!(streamed, "µs");
        assert_eq!(text, "µs");
    }

    #[test]
    fn text_that_only_resembles_a_stop_prefix_is_released_at_the_end() {
        let (streamed, _, stopped) = run(&["\n###"], &[b"a\n#", b"# b"]);
        assert!(!stopped);
        assert_eq!(streamed, "a\n## b");
    }
}
