//! A field that passes costs no allocation: validating a valid document
//! allocates as often with 50 milestones as with 2, and ten pilots add only
//! what the rules that compare a list's items keep (the overlap rule's list
//! of periods). The report and the run's own buffers are made once; their
//! growth adds a few. A live edit (one keystroke) allocates as often in a
//! large document as in a small one. Counted with a global allocator that
//! counts, in a test binary of its own.

use skjemasjekk::live::{Handle, LiveForm};
use skjemasjekk::{builtin_form, parse_json, Form, Options, Value};
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::Arc;

struct Counting;

thread_local! {
    /// This thread's allocations: tests run on threads side by side.
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

fn counted() {
    ALLOCATIONS.with(|n| n.set(n.get() + 1));
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        counted();
        System.alloc(layout)
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout)
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        counted();
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Allocations (and reallocations) made by one validation of `data`.
fn count(form: &Form, data: &Value) -> usize {
    let opts = Options::default();
    let before = ALLOCATIONS.with(Cell::get);
    let report = form.validate(data, &opts);
    let after = ALLOCATIONS.with(Cell::get);
    assert!(report.valid, "{:?}", report.issues);
    after - before
}

fn read(path: &str) -> Value {
    let path = format!("{}/{path}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    parse_json(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// `list` made of `n` copies of its first item.
fn repeat_first(list: &mut Value, n: usize) {
    if let Value::Array(items) = list {
        let first = items.first().cloned().unwrap_or_default();
        *items = vec![first; n];
    }
}

/// The member `key` of an object.
fn member<'v>(v: &'v mut Value, key: &str) -> &'v mut Value {
    match v {
        Value::Object(members) => match members.iter_mut().find(|(k, _)| k == key) {
            Some((_, v)) => v,
            None => panic!("no {key}"),
        },
        _ => panic!("{key}: not an object"),
    }
}

/// The valid pilot plan with `pilots` pilots, the first with `milestones` milestones.
fn pilot_plan(pilots: usize, milestones: usize) -> Value {
    let mut data = read("benches/data/pilotplan-valid.json");
    repeat_first(member(&mut data, "pilots"), 1);
    if let Value::Array(items) = member(&mut data, "pilots") {
        if let Some(first) = items.first_mut() {
            repeat_first(member(member(first, "time"), "milestones"), milestones);
        }
    }
    repeat_first(member(&mut data, "pilots"), pilots);
    data
}

/// Growing the run's two buffers (rules met, their paths) takes a few more: each
/// doubles, so ten times the rules cost about three more each.
const GROWTH: usize = 6;

#[test]
fn fields_that_pass_cost_no_allocation() {
    let form = builtin_form("pilotplan").expect("built-in form");
    let few = count(form, &pilot_plan(1, 2));
    let many = count(form, &pilot_plan(1, 50));
    println!("pilot plan: {few} allocations with 2 milestones, {many} with 50");
    assert!(many <= few + GROWTH, "2 milestones: {few}, 50: {many}");
}

#[test]
fn more_pilots_cost_only_their_overlap_lists() {
    let form = builtin_form("pilotplan").expect("built-in form");
    let one = count(form, &pilot_plan(1, 2));
    let ten = count(form, &pilot_plan(10, 2));
    println!("pilot plan: {one} allocations with 1 pilot, {ten} with 10");
    // The phases' no_overlap rule keeps a list of periods and of clashes: 2 a pilot.
    assert!(
        ten <= one + 2 * 9 + GROWTH,
        "1 pilot: {one}, 10 pilots: {ten}"
    );
}

/// Allocations of one keystroke in the first pilot's title of `data`: the
/// title made too short, then valid again (an issue comes, then goes).
fn edit_count(data: Value) -> usize {
    let form = builtin_form("pilotplan").expect("built-in form");
    let mut live = LiveForm::new(Arc::clone(form), data, Options::default());
    let title = Handle::new("/pilots/0/title").expect("pointer");
    let mut edit = |text: &str| {
        let before = ALLOCATIONS.with(Cell::get);
        let delta = live.set_at(&title, Some(Value::from(text))).expect("edit");
        let after = ALLOCATIONS.with(Cell::get);
        drop(delta);
        after - before
    };
    edit("Ny");
    edit("Digital førstelinje i Nav");
    edit("Ny") + edit("Digital førstelinje i Nav")
}

/// A keystroke costs one field: as many allocations in a plan of ten pilots
/// with fifty milestones each as in one pilot with two, and no more than its
/// issue and delta need (a pair took 97 while the live form copied its paths
/// and issues, 45 since).
#[test]
fn a_keystroke_costs_the_same_in_any_document() {
    let small = edit_count(pilot_plan(1, 2));
    let large = edit_count(pilot_plan(10, 50));
    println!(
        "live edit pair: {small} allocations in 1 pilot, {large} in 10 pilots × 50 milestones"
    );
    assert_eq!(small, large, "1 pilot: {small}, 10 pilots: {large}");
    assert!(small <= 60, "a pair of edits allocated {small} times");
}
