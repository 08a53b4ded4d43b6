//! Form posts to `POST /api/v1/forms/{id}/validate`: what a browser sends
//! without JavaScript (`application/x-www-form-urlencoded`, or
//! `multipart/form-data` for a form with `enctype` set) becomes the typed
//! document through the core's one conversion (`crate::formdata`), the same
//! the drop-in uses, so the report is the one the drop-in shows for that form
//! state. The body has already been read under the size limit. Text must be
//! UTF-8 (what a browser sends from a UTF-8 page); file parts are skipped, as
//! the drop-in skips file inputs.

use super::{negotiate, ApiError};
use crate::form::Form;
use crate::formdata::{to_document, FormDataError};
use crate::Value;
use axum::body::Body;
use axum::http::StatusCode;

/// How the body is written, from its `Content-Type`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BodyKind {
    Json,
    UrlEncoded,
    /// With the boundary of its parts.
    Multipart(String),
}

/// The body's kind; 415 for any other media type (or a charset other than
/// UTF-8), 400 for a multipart type without a boundary.
pub fn body_kind(content_type: Option<&str>) -> Result<BodyKind, ApiError> {
    let value = content_type.unwrap_or("");
    let mut parts = value.split(';');
    let media = parts.next().unwrap_or("").trim().to_ascii_lowercase();
    let utf8 = parts.all(|param| match param.split_once('=') {
        Some((name, v)) if name.trim().eq_ignore_ascii_case("charset") => {
            let v = v.trim().trim_matches('"');
            v.eq_ignore_ascii_case("utf-8") || v.eq_ignore_ascii_case("utf8")
        }
        _ => true,
    });
    match media.as_str() {
        "application/x-www-form-urlencoded" if utf8 => Ok(BodyKind::UrlEncoded),
        "multipart/form-data" => multer::parse_boundary(value)
            .map(BodyKind::Multipart)
            .map_err(|e| malformed(&format!("the multipart type has no usable boundary ({e})"))),
        _ => negotiate::require_json(content_type).map(|()| BodyKind::Json),
    }
}

/// The `(name, value)` pairs of a form body, in order.
pub async fn pairs(kind: &BodyKind, bytes: Vec<u8>) -> Result<Vec<(String, String)>, ApiError> {
    match kind {
        BodyKind::Multipart(boundary) => multipart_pairs(boundary, bytes).await,
        _ => urlencoded_pairs(&bytes),
    }
}

/// The typed document of a form post; 400 for a name that would make it
/// unreasonably large (a list index over 999, too many skipped rows).
///
/// Values in parts the form does not show now are left out
/// ([`Form::leave_out_hidden`]), as the drop-in leaves out the controls of
/// the parts it hides, so a post from a page that showed every part (no
/// JavaScript) is checked as the drop-in would check it.
pub fn document(form: &Form, pairs: &[(String, String)]) -> Result<Value, ApiError> {
    let pairs = pairs.iter().map(|(n, v)| (n.as_str(), v.as_str()));
    to_document(form.fields(), pairs)
        .map(|doc| {
            let mut data = doc.data;
            form.leave_out_hidden(&mut data);
            data
        })
        .map_err(|e: FormDataError| {
            ApiError::new(
                StatusCode::BAD_REQUEST,
                "bad_form_name",
                format!("The form post cannot be read: {e}."),
            )
            .with("reason", e.code())
            .with("name", e.name())
        })
}

/// `a=1&b=x+y&c=%C3%B8`: `+` is a space, percent escapes are UTF-8 bytes.
fn urlencoded_pairs(bytes: &[u8]) -> Result<Vec<(String, String)>, ApiError> {
    let decode = |part: &[u8]| -> Result<String, ApiError> {
        let spaced: Vec<u8> = part
            .iter()
            .map(|&b| if b == b'+' { b' ' } else { b })
            .collect();
        percent_encoding::percent_decode(&spaced)
            .decode_utf8()
            .map(|text| text.into_owned())
            .map_err(|_| malformed("a name or value is not UTF-8 text"))
    };
    bytes
        .split(|&b| b == b'&')
        .filter(|part| !part.is_empty())
        .map(|part| {
            let (name, value) = match part.iter().position(|&b| b == b'=') {
                Some(at) => (part.get(..at).unwrap_or_default(), part.get(at + 1..)),
                None => (part, None),
            };
            Ok((decode(name)?, decode(value.unwrap_or_default())?))
        })
        .collect()
}

/// The text parts of a `multipart/form-data` body, in order; file parts skipped.
async fn multipart_pairs(
    boundary: &str,
    bytes: Vec<u8>,
) -> Result<Vec<(String, String)>, ApiError> {
    let stream = Body::from(bytes).into_data_stream();
    let mut parts = multer::Multipart::new(stream, boundary);
    let mut out = Vec::new();
    loop {
        let field = parts
            .next_field()
            .await
            .map_err(|e| malformed(&format!("the multipart body cannot be read ({e})")))?;
        let Some(field) = field else {
            return Ok(out);
        };
        if field.file_name().is_some() {
            continue;
        }
        let name = field.name().unwrap_or_default().to_owned();
        let data = field
            .bytes()
            .await
            .map_err(|e| malformed(&format!("the multipart body cannot be read ({e})")))?;
        let value =
            String::from_utf8(data.to_vec()).map_err(|_| malformed("a value is not UTF-8 text"))?;
        out.push((name, value));
    }
}

fn malformed(reason: &str) -> ApiError {
    ApiError::new(
        StatusCode::BAD_REQUEST,
        "malformed_form",
        format!("The form post cannot be read: {reason}."),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_from_content_type() {
        assert_eq!(
            body_kind(Some("application/json")).ok(),
            Some(BodyKind::Json)
        );
        assert_eq!(
            body_kind(Some("Application/X-WWW-Form-Urlencoded; charset=UTF-8")).ok(),
            Some(BodyKind::UrlEncoded)
        );
        assert_eq!(
            body_kind(Some("multipart/form-data; boundary=----x")).ok(),
            Some(BodyKind::Multipart("----x".into()))
        );
        let e = body_kind(Some("multipart/form-data")).unwrap_err();
        assert_eq!(
            (e.status, e.code),
            (StatusCode::BAD_REQUEST, "malformed_form")
        );
        for bad in [
            "application/x-www-form-urlencoded; charset=latin1",
            "text/plain",
        ] {
            let e = body_kind(Some(bad)).unwrap_err();
            assert_eq!(e.status, StatusCode::UNSUPPORTED_MEDIA_TYPE, "{bad}");
        }
        assert!(body_kind(None).is_err());
    }

    #[test]
    fn urlencoded_bodies() {
        let got = urlencoded_pairs(b"a=1&b=x+y%2Bz&&c=%C3%B8&d&e=").unwrap();
        let want = [("a", "1"), ("b", "x y+z"), ("c", "ø"), ("d", ""), ("e", "")];
        assert_eq!(got.len(), want.len());
        for ((n, v), (wn, wv)) in got.iter().zip(want) {
            assert_eq!((n.as_str(), v.as_str()), (wn, wv));
        }
        let e = urlencoded_pairs(b"a=%FF").unwrap_err();
        assert_eq!(e.code, "malformed_form");
    }
}
