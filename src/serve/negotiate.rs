//! Reading what a request asks for from its headers and query: the language of the
//! messages (`?lang=` first, then `Accept-Language`), whether the body is declared
//! as JSON (`Content-Type`), and whether a cached rule set is still current
//! (`If-None-Match`). Pure functions, so each rule is tested on its own.

use super::ApiError;
use crate::Lang;
use axum::http::StatusCode;

/// The language of the report: `?lang=` when given (and then it must be known),
/// else the best language of `Accept-Language` we have, else bokmål.
pub fn lang(query: Option<&str>, accept_language: Option<&str>) -> Result<Lang, ApiError> {
    match query {
        Some(tag) => Lang::parse(tag).ok_or_else(|| {
            ApiError::new(
                StatusCode::BAD_REQUEST,
                "unknown_lang",
                format!("Unknown language {tag:?} in ?lang=; use nb, nn or en."),
            )
            .with("allowed", Lang::ALL.map(Lang::as_str).as_slice())
        }),
        None => Ok(accept_language
            .and_then(from_accept_language)
            .unwrap_or_default()),
    }
}

/// The language with the highest quality that we have (RFC 9110 §12.5.4); among
/// equal qualities the first listed wins; `q=0` means "not this one".
fn from_accept_language(header: &str) -> Option<Lang> {
    let mut best: Option<(Lang, u32)> = None;
    for item in header.split(',') {
        let mut parts = item.split(';');
        let tag = parts.next().unwrap_or("").trim();
        let q = parts
            .filter_map(|p| p.trim().strip_prefix("q="))
            .find_map(quality)
            .unwrap_or(1000);
        let Some(lang) = Lang::parse(tag) else {
            continue;
        };
        if q > 0 && best.is_none_or(|(_, b)| q > b) {
            best = Some((lang, q));
        }
    }
    best.map(|(lang, _)| lang)
}

/// A qvalue in thousandths (`0.8` → 800); `None` when it is not a qvalue.
fn quality(text: &str) -> Option<u32> {
    let value: f32 = text.trim().parse().ok()?;
    (0.0..=1.0)
        .contains(&value)
        .then(|| (value * 1000.0).round() as u32)
}

/// Whether `Accept-Encoding` allows gzip: `gzip` (or `x-gzip`) with a quality
/// above 0, or else `*` with one (RFC 9110 §12.5.3).
pub fn accepts_gzip(accept_encoding: Option<&str>) -> bool {
    let (mut gzip, mut any) = (None, None);
    for item in accept_encoding.unwrap_or("").split(',') {
        let mut parts = item.split(';');
        let coding = parts.next().unwrap_or("").trim();
        let q = parts
            .filter_map(|p| p.trim().strip_prefix("q="))
            .find_map(quality)
            .unwrap_or(1000);
        if coding.eq_ignore_ascii_case("gzip") || coding.eq_ignore_ascii_case("x-gzip") {
            gzip = Some(q);
        } else if coding == "*" {
            any = Some(q);
        }
    }
    gzip.or(any).is_some_and(|q| q > 0)
}

/// Refuses a body that is not declared as JSON: `application/json` or any
/// `application/…+json`, with no charset or `charset=utf-8`.
pub fn require_json(content_type: Option<&str>) -> Result<(), ApiError> {
    let refuse = |got: &str| {
        ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            format!(
                "Send the data as JSON with the header Content-Type: application/json \
                 (UTF-8), or as a form post (application/x-www-form-urlencoded or \
                 multipart/form-data); got {got}."
            ),
        )
    };
    let Some(value) = content_type else {
        return Err(refuse("no Content-Type"));
    };
    let mut parts = value.split(';');
    let media = parts.next().unwrap_or("").trim().to_ascii_lowercase();
    let json = media == "application/json"
        || media
            .strip_prefix("application/")
            .is_some_and(|sub| sub.len() > 5 && sub.ends_with("+json"));
    let utf8 = parts.all(|param| match param.split_once('=') {
        Some((name, v)) if name.trim().eq_ignore_ascii_case("charset") => {
            let v = v.trim().trim_matches('"');
            v.eq_ignore_ascii_case("utf-8") || v.eq_ignore_ascii_case("utf8")
        }
        _ => true,
    });
    if json && utf8 {
        Ok(())
    } else {
        Err(refuse(&format!("Content-Type: {value}")))
    }
}

/// Whether an `If-None-Match` header names `etag` (weak comparison, RFC 9110 §13.1.2).
pub fn etag_matches(if_none_match: &str, etag: &str) -> bool {
    if if_none_match.trim() == "*" {
        return true;
    }
    let mut rest = if_none_match;
    loop {
        rest = rest.trim_start_matches([' ', '\t', ',']);
        if rest.is_empty() {
            return false;
        }
        let tag = rest.strip_prefix("W/").unwrap_or(rest);
        let Some(body) = tag.strip_prefix('"') else {
            return false;
        };
        let Some(end) = body.find('"') else {
            return false;
        };
        let (opaque, after) = body.split_at(end);
        if etag.strip_prefix('"').and_then(|e| e.strip_suffix('"')) == Some(opaque) {
            return true;
        }
        rest = after.get(1..).unwrap_or("");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_wins_and_must_be_known() {
        assert_eq!(lang(Some("nn"), Some("en")).unwrap(), Lang::Nn);
        assert_eq!(lang(Some("en-GB"), None).unwrap(), Lang::En);
        let e = lang(Some("de"), Some("nn")).unwrap_err();
        assert_eq!(
            (e.status, e.code),
            (StatusCode::BAD_REQUEST, "unknown_lang")
        );
        assert!(lang(Some(""), None).is_err());
    }

    #[test]
    fn accept_language_by_quality() {
        let pick = |h| lang(None, Some(h)).unwrap();
        assert_eq!(pick("nn-NO,nn;q=0.9,en;q=0.5"), Lang::Nn);
        assert_eq!(pick("de, en;q=0.4, nn;q=0.6"), Lang::Nn);
        assert_eq!(pick("en;q=0.5, nb;q=0.5"), Lang::En);
        assert_eq!(pick("nn;q=0, en;q=0.1"), Lang::En);
        assert_eq!(pick("de, fr"), Lang::Nb);
        assert_eq!(pick("*"), Lang::Nb);
        assert_eq!(lang(None, None).unwrap(), Lang::Nb);
    }

    #[test]
    fn gzip_by_accept_encoding() {
        for yes in [
            "gzip",
            "br, gzip;q=0.5",
            "GZIP",
            "x-gzip",
            "*",
            "br;q=1, *;q=0.1",
        ] {
            assert!(accepts_gzip(Some(yes)), "{yes}");
        }
        for no in [
            "",
            "br",
            "identity",
            "gzip;q=0",
            "gzip;q=0, *",
            "*;q=0",
            "gzipx",
        ] {
            assert!(!accepts_gzip(Some(no)), "{no}");
        }
        assert!(!accepts_gzip(None));
    }

    #[test]
    fn json_media_types() {
        for ok in [
            "application/json",
            "Application/JSON; charset=UTF-8",
            "application/json;charset=\"utf-8\"",
            "application/vnd.skjema+json",
        ] {
            assert!(require_json(Some(ok)).is_ok(), "{ok}");
        }
        for bad in [
            "text/plain",
            "application/json; charset=latin1",
            "application/+json",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
        ] {
            let e = require_json(Some(bad)).unwrap_err();
            assert_eq!(e.status, StatusCode::UNSUPPORTED_MEDIA_TYPE, "{bad}");
        }
        assert!(require_json(None).is_err());
    }

    #[test]
    fn if_none_match() {
        let etag = "\"sha256:ab,c\"";
        assert!(etag_matches("\"sha256:ab,c\"", etag));
        assert!(etag_matches("\"x\", W/\"sha256:ab,c\"", etag));
        assert!(etag_matches("*", etag));
        assert!(!etag_matches("\"sha256:ab\"", etag));
        assert!(!etag_matches("sha256:ab,c", etag));
        assert!(!etag_matches("\"unterminated", etag));
        assert!(!etag_matches("", etag));
    }
}
