//! Byte offsets in JSON text as 1-based line and column, counted as serde_json
//! counts them (the column in bytes, the first byte of a line being column 1),
//! so a position from a parse error and one from [`Lines::position`] agree.

/// Where each line of a text starts: many offsets of one text turned into
/// positions, each by a binary search instead of a scan from the start.
#[derive(Debug, Clone)]
pub struct Lines {
    starts: Vec<usize>,
}

impl Lines {
    /// The line starts of `text` (bytes: the text need not be UTF-8).
    pub fn new(text: &[u8]) -> Lines {
        let mut starts = vec![0];
        starts.extend(
            text.iter()
                .enumerate()
                .filter(|(_, &b)| b == b'\n')
                .map(|(i, _)| i + 1),
        );
        Lines { starts }
    }

    /// The 1-based line and column of byte `offset` (an offset past the end
    /// counts from the start of the last line).
    pub fn position(&self, offset: usize) -> (usize, usize) {
        let line = self.starts.partition_point(|&start| start <= offset).max(1);
        let start = self.starts.get(line - 1).copied().unwrap_or(0);
        (line, offset.saturating_sub(start) + 1)
    }
}

/// The 1-based line and column just after `prefix`: where the next byte stands
/// (one position needs no table of line starts).
pub fn line_column(prefix: &[u8]) -> (usize, usize) {
    let line = 1 + prefix.iter().filter(|&&b| b == b'\n').count();
    let start = prefix
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    (line, prefix.len() - start + 1)
}

#[cfg(test)]
mod tests {
    use super::{line_column, Lines};

    #[test]
    fn positions_are_one_based_and_count_bytes() {
        assert_eq!(line_column(b""), (1, 1));
        assert_eq!(line_column(b"{\"a\":"), (1, 6));
        assert_eq!(line_column(b"{\n  \"a\": "), (2, 8));
        assert_eq!(line_column("{\"ø\":".as_bytes()), (1, 7));
        let lines = Lines::new(b"ab\ncd\n\nef");
        assert_eq!(lines.position(0), (1, 1));
        assert_eq!(lines.position(2), (1, 3));
        assert_eq!(lines.position(3), (2, 1));
        assert_eq!(lines.position(6), (3, 1));
        assert_eq!(lines.position(8), (4, 2));
        assert_eq!(lines.position(100), (4, 94));
    }

    #[test]
    fn one_position_and_the_table_agree() {
        let text = "{\n  \"ø\": [1,\n\n 2]\r\n}\n".as_bytes();
        let lines = Lines::new(text);
        for end in 0..=text.len() {
            assert_eq!(line_column(&text[..end]), lines.position(end), "{end}");
        }
    }

    #[test]
    fn agrees_with_serde_json() {
        let text = "{\n  \"a\": [1,\n   2,, 3]\n}";
        let e = crate::parse_json(text).err().map(|e| (e.line, e.column));
        let at = text.find(",,").map(|i| i + 1).unwrap_or(0);
        let ours = Lines::new(text.as_bytes()).position(at);
        assert_eq!(e, Some(ours), "serde_json points at the byte it stopped on");
    }
}
