//! Unit tests of the scaffold: what each built-in form's page holds, escaping,
//! the fixed texts in every language, ids and references that resolve.

use super::*;
use crate::form::Form;
use crate::messages::{ui, Ui};
#[path = "../../tests/html_support/mod.rs"]
mod html_support;
use html_support::{values, without_templates};

fn builtin(id: &str) -> &'static Form {
    crate::builtin_form(id)
        .map(|f| &**f)
        .unwrap_or_else(|e| panic!("{e}"))
}

fn opts(lang: Lang, fragment: bool) -> ScaffoldOptions {
    ScaffoldOptions {
        lang,
        fragment,
        ..ScaffoldOptions::default()
    }
}

#[test]
fn the_pilot_plan_page_has_what_the_dropin_reads() {
    let html = scaffold(builtin("pilotplan"), &opts(Lang::Nb, false));
    for part in [
        "<!doctype html>\n<html lang=\"nb\"",
        "<title>Plan for piloter i tillitsreformen</title>",
        "<link rel=\"stylesheet\" href=\"/vendor/designsystemet.css\">",
        "<script type=\"module\" src=\"/pkg/dropin/auto.js\"></script>",
        "<form id=\"pilotplan-form\" class=\"form skjemasjekk-nojs\" method=\"post\" action=\"/forms/pilotplan\"",
        "data-skjemasjekk-form=\"pilotplan\" data-skjemasjekk-lang=\"nb\">",
        "<div data-skjemasjekk-summary></div>",
        "Alle felt må fylles ut, med mindre de er merket som valgfrie.",
        "<label class=\"ds-label\" for=\"agency-name\">Navn på virksomheten</label>",
        "name=\"agency.organizationNumber\" aria-describedby=\"agency-organizationNumber-help\" type=\"text\" inputmode=\"numeric\"",
        "<p data-field=\"description\" id=\"agency-organizationNumber-help\">Ni siffer, slik det står i Enhetsregisteret.</p>",
        "Stilling eller rolle <span class=\"optional\">(valgfritt)</span>",
        "id=\"hasPlans-true\" name=\"hasPlans\" value=\"true\"><label for=\"hasPlans-true\">Ja</label>",
        "<div class=\"reveal\">\n<fieldset class=\"ds-fieldset section\" data-skjemasjekk-path=\"noPlanAssessment\"",
        "data-skjemasjekk-list=\"pilots\"",
        "<template data-skjemasjekk-template>",
        "name=\"pilots[0].time.start\"",
        "type=\"date\"",
        "data-skjemasjekk-add>Legg til pilot</button>",
        "data-skjemasjekk-remove>Fjern</button>",
        "name=\"pilots[0].trustRelations\" value=\"stat_kommune\"",
        "<button type=\"submit\" class=\"ds-button\" data-variant=\"primary\">Send inn</button>",
    ] {
        assert!(html.contains(part), "missing {part:?}");
    }
    assert!(html.contains("data-skjemasjekk-row-heading>Pilot 1</h3>"));
}

#[test]
fn a_fragment_is_the_form_alone() {
    let html = scaffold(builtin("forsokssoknad"), &opts(Lang::En, true));
    assert!(
        html.starts_with("<form id=\"forsokssoknad-form\""),
        "{}",
        &html[..80]
    );
    assert!(html.trim_end().ends_with("</form>"));
    assert!(!html.contains("<html") && !html.contains("<script"));
    assert!(html.contains(" lang=\"en\""));
    assert!(html.contains(">Submit</button>"));
}

#[test]
fn every_fixed_text_exists_in_all_three_languages() {
    let used = [
        Ui::Yes,
        Ui::No,
        Ui::OptionalMarker,
        Ui::AllRequiredNote,
        Ui::AddRow,
        Ui::RemoveRow,
        Ui::Submit,
        Ui::SelectPlaceholder,
        Ui::ItemNumber,
    ];
    for key in used {
        for lang in Lang::ALL {
            assert!(!ui(key, lang).trim().is_empty(), "{key:?} in {lang:?}");
        }
    }
    for lang in Lang::ALL {
        assert!(
            ui(Ui::ItemNumber, lang).contains("{label}")
                && ui(Ui::ItemNumber, lang).contains("{n}")
        );
        let html = scaffold(builtin("pilotplan"), &opts(lang, false));
        assert!(html.contains(&format!("<html lang=\"{}\"", lang.as_str())));
        assert!(html.contains(&format!(">{}</button></div>", escape(ui(Ui::Submit, lang)))));
        assert!(html.contains(&escape(ui(Ui::AllRequiredNote, lang))));
        assert!(html.contains(&escape(builtin("pilotplan").title(lang))));
    }
    let nn = scaffold(builtin("pilotplan"), &opts(Lang::Nn, false));
    assert!(nn.contains("Namn på verksemda") && nn.contains("(valfritt)"));
}

#[test]
fn ids_are_unique_and_every_reference_resolves() {
    for id in crate::compile::BUILTIN_IDS {
        for lang in Lang::ALL {
            let html = without_templates(&scaffold(builtin(id), &opts(lang, false)));
            let ids = values(&html, "id");
            let mut seen = std::collections::HashSet::new();
            for i in &ids {
                assert!(seen.insert(*i), "{id}: duplicate id {i}");
            }
            for r in values(&html, "for")
                .into_iter()
                .chain(values(&html, "aria-describedby"))
            {
                assert!(seen.contains(r), "{id}: {r} refers to no element");
            }
            // Every control is labelled: by a label's `for`, or inside a labelled fieldset.
            for c in values(&html, "name") {
                assert!(!c.is_empty());
            }
        }
    }
}

const HOSTILE: &str = r#"{"id":"hostile","version":"1",
  "title":{"nb":"</title><script>alert(1)</script>","nn":"t","en":"t"},
  "fields":{
    "a":{"type":"text","label":{"nb":"<script>alert('x')</script>","nn":"x","en":"x"},
         "help":{"nb":"\"><img src=x onerror=alert(2)>","nn":"x","en":"x"}},
    "b":{"type":"enum","label":{"nb":"B & co","nn":"b","en":"b"},
         "options":[{"value":"\"><b>","label":{"nb":"<i>o</i>","nn":"o","en":"o"}},
                    {"value":"ok","label":{"nb":"ok","nn":"ok","en":"ok"}}]}}}"#;

#[test]
fn text_from_the_rule_set_is_escaped() {
    let form = Form::compile(HOSTILE).unwrap_or_else(|e| panic!("{e}"));
    let html = scaffold(&form, &opts(Lang::Nb, false));
    assert!(!html.contains("<script>alert"), "{html}");
    assert!(!html.contains("<img") && !html.contains("<i>") && !html.contains("<b>"));
    assert!(html.contains("<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>"));
    assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    assert!(html.contains("value=\"&quot;&gt;&lt;b&gt;\""));
    assert!(html.contains("B &amp; co"));
    assert_eq!(
        html.matches("<script").count(),
        1,
        "only the page's own script"
    );
}

#[test]
fn keys_a_dotted_name_cannot_hold_make_pointer_names() {
    let src = r#"{"id":"p","version":"1","title":{"nb":"t","nn":"t","en":"t"},
      "fields":{"a[b":{"type":"text","label":{"nb":"x","nn":"x","en":"x"}},
                "l":{"type":"list","label":{"nb":"L","nn":"L","en":"L"},
                     "item":{"type":"text","label":{"nb":"Linje","nn":"Linje","en":"Line"}}}}}"#;
    let form = Form::compile(src).unwrap_or_else(|e| panic!("{e}"));
    let html = scaffold(&form, &opts(Lang::Nb, true));
    assert!(html.contains("name=\"/a[b\" type=\"text\""), "{html}");
    assert!(html.contains("id=\"a_b\""));
    assert!(html.contains("data-skjemasjekk-list=\"/l\""));
    assert!(html.contains("name=\"/l/0\""));
    assert!(html.contains("data-skjemasjekk-row-heading>Linje 1</label>"));
}

#[test]
fn a_limit_stops_a_huge_form() {
    let form = builtin("pilotplan");
    let full = scaffold(form, &opts(Lang::Nb, false));
    assert_eq!(
        try_scaffold(form, &opts(Lang::Nb, false), full.len()).as_deref(),
        Ok(full.as_str())
    );
    assert_eq!(
        try_scaffold(form, &opts(Lang::Nb, false), 10_000),
        Err(TooLarge { limit: 10_000 })
    );
}
