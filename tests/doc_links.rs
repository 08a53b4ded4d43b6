//! Every file the documentation cites exists: each Markdown file of the
//! repository (not under node_modules, target or other build output) is read,
//! and two kinds of citation are checked.
//!
//! - Links `[text](path#anchor)` that are not URLs: the path, from the doc's
//!   folder as GitHub resolves it, and the anchor, against the headings of the
//!   target (GitHub's slugs).
//! - Code spans that are one repository path: at least one `/`, and a file
//!   extension or a closing `/` on a path of two or more parts (`src/lib.rs`,
//!   `tests/fixtures/hostile/`). They resolve against the repository root, the
//!   doc's folder and its parents, and the places docs cite code from without
//!   repeating them (`src/`, `pkg/`, `fuzz/fuzz_targets/`). Spans under build
//!   output, npm specifiers (`skjemasjekk/dropin`) and placeholders in capitals
//!   (`fuzz/artifacts/TARGET/`) are not paths of the repository.
//!
//! Fenced code blocks are left out: they hold commands and their output.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

/// Folders that hold no documentation of the repository's own.
const SKIPPED_DIRS: [&str; 6] = [
    "node_modules",
    "target",
    "vendor",
    "dist",
    "artifacts",
    ".git",
];
/// Code spans under these are build output or package specifiers.
const NOT_REPO_PATHS: [&str; 7] = [
    "target/",
    "fuzz/target/",
    "fuzz/artifacts/",
    "pkg/dist/",
    "dist/",
    "node_modules/",
    "skjemasjekk/",
];
/// The folders the top-level .gitignore names (`/target`, `/www/vendor/`, …):
/// build output that a fresh clone does not have until it builds, as
/// `target/`, `www/vendor/`.
fn ignored_folders() -> Vec<String> {
    let text = std::fs::read_to_string(root().join(".gitignore")).unwrap_or_default();
    text.lines()
        .filter_map(|l| l.trim().strip_prefix('/'))
        .filter(|l| !l.contains('*'))
        .map(|l| format!("{}/", l.trim_end_matches('/')))
        .collect()
}

/// Where a code span's path may start besides the doc's own folders.
const BASES: [&str; 4] = ["", "src/", "pkg/", "fuzz/fuzz_targets/"];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn markdown_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if path.is_dir() {
            if !SKIPPED_DIRS.contains(&name.as_str()) && !name.starts_with('.') {
                markdown_files(&path, out);
            }
        } else if name.ends_with(".md") {
            out.push(path);
        }
    }
}

/// The doc's lines outside fenced code blocks, numbered from 1.
fn prose(text: &str) -> Vec<(usize, &str)> {
    let mut fenced = false;
    let mut lines = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim_start().starts_with("```") {
            fenced = !fenced;
        } else if !fenced {
            lines.push((n + 1, line));
        }
    }
    lines
}

/// GitHub's anchor for a heading: lower case, spaces to `-`, punctuation gone.
fn slug(heading: &str) -> String {
    heading
        .trim()
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .collect()
}

fn anchors(doc: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(doc).unwrap_or_default();
    prose(&text)
        .iter()
        .filter(|(_, l)| l.starts_with('#'))
        .map(|(_, l)| slug(l.trim_start_matches('#')))
        .collect()
}

/// The targets of `[text](target)` links on a line.
fn links(line: &str) -> Vec<&str> {
    line.split("](")
        .skip(1)
        .filter_map(|rest| rest.split(')').next())
        .filter(|t| !t.contains(' ') && !t.contains(':'))
        .collect()
}

/// Whether a code span is meant as a path of the repository.
fn is_repo_path(span: &str) -> bool {
    let path_chars = span
        .chars()
        .all(|c| c.is_alphanumeric() || "/._-".contains(c));
    let parts: Vec<&str> = span.trim_end_matches('/').split('/').collect();
    let last = parts.last().copied().unwrap_or_default();
    let has_extension = last.rsplit_once('.').is_some_and(|(stem, ext)| {
        !stem.is_empty()
            && (1..=5).contains(&ext.len())
            && ext.chars().all(|c| c.is_ascii_lowercase())
    });
    let placeholder = span.split(['/', '-', '.']).any(|part| {
        part.len() >= 3 && part.chars().all(|c| c.is_ascii_uppercase()) && !span.ends_with(".md")
    });
    path_chars
        && !span.starts_with(['.', '/', '-'])
        && parts.len() >= 2
        && (has_extension || span.ends_with('/'))
        && !placeholder
        && !NOT_REPO_PATHS.iter().any(|p| span.starts_with(p))
        && !ignored_folders()
            .iter()
            .any(|p| span.starts_with(p.as_str()))
}

/// Every broken citation of one doc, as `doc:line: what`.
fn broken_in(doc: &Path) -> Vec<String> {
    let root = root();
    let text = std::fs::read_to_string(doc).unwrap();
    let folder = doc.parent().unwrap();
    let name = doc.strip_prefix(&root).unwrap().display().to_string();
    let mut broken = Vec::new();
    for (n, line) in prose(&text) {
        for target in links(line) {
            let (path, anchor) = target.split_once('#').unwrap_or((target, ""));
            let file = if path.is_empty() {
                doc.to_path_buf()
            } else {
                folder.join(path)
            };
            if !file.exists() {
                broken.push(format!("{name}:{n}: link to {target}: no such file"));
            } else if !anchor.is_empty()
                && file.is_file()
                && !anchors(&file).iter().any(|a| a == anchor)
            {
                broken.push(format!("{name}:{n}: link to {target}: no such heading"));
            }
        }
        for span in line
            .split('`')
            .skip(1)
            .step_by(2)
            .filter(|s| is_repo_path(s))
        {
            let mut bases: Vec<PathBuf> = BASES.iter().map(|b| root.join(b)).collect();
            bases.extend(
                folder
                    .ancestors()
                    .take_while(|f| f.starts_with(&root))
                    .map(Path::to_path_buf),
            );
            if !bases.iter().any(|b| b.join(span).exists()) {
                broken.push(format!("{name}:{n}: `{span}`: no such file"));
            }
        }
    }
    broken
}

#[test]
fn docs_cite_files_that_exist() {
    let mut docs = Vec::new();
    markdown_files(&root(), &mut docs);
    assert!(docs.len() >= 10, "only {} Markdown files found", docs.len());
    let broken: Vec<String> = docs.iter().flat_map(|d| broken_in(d)).collect();
    assert!(
        broken.is_empty(),
        "{} broken citations:\n{}",
        broken.len(),
        broken.join("\n")
    );
}

#[test]
fn the_check_sees_what_is_a_path() {
    assert!(is_repo_path("src/lib.rs"));
    assert!(is_repo_path("tests/fixtures/hostile/"));
    assert!(!is_repo_path("application/wasm"));
    assert!(!is_repo_path("skjemasjekk/ruleset.schema.json"));
    assert!(!is_repo_path("fuzz/artifacts/TARGET/crash"));
    assert!(!is_repo_path("/api/v1/forms"));
    // Build output named by .gitignore, absent from a fresh clone.
    assert!(!is_repo_path("www/vendor/icons/icon-15f1d29a9688.svg"));
    assert!(!is_repo_path("pkg/dist/skjemasjekk.js"));
    assert_eq!(
        slug("Editor support: the language's JSON Schema"),
        "editor-support-the-languages-json-schema"
    );
    assert_eq!(
        links("see [a](docs/x.md#b) and [c](https://e.no)"),
        ["docs/x.md#b"]
    );
}
