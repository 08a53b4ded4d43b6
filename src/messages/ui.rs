//! The keys of the fixed user-interface texts (error summary, buttons, ...).
//!
//! One list declares each key once: the enum variant and its stable snake_case
//! name for the JS drop-in, so the two can never drift apart. The texts live in
//! `nb.rs`, `nn.rs` and `en.rs`, each a complete list in declaration order.

macro_rules! ui_keys {
    ($($(#[doc = $doc:literal])* $variant:ident => $key:literal,)+) => {
        /// A fixed text of the user interface.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Ui {
            $($(#[doc = $doc])* $variant,)+
        }

        impl Ui {
            /// Every key, in declaration order.
            pub const ALL: &'static [Ui] = &[$(Ui::$variant,)+];

            /// The stable snake_case name the JS drop-in looks texts up by.
            pub fn key(self) -> &'static str {
                match self {
                    $(Ui::$variant => $key,)+
                }
            }
        }

        impl From<Ui> for usize {
            /// The key's place in the declaration, from 0.
            fn from(key: Ui) -> usize {
                key as usize
            }
        }
    };
}

ui_keys! {
    /// Heading of the error summary above the submit button.
    ErrorSummaryHeading => "error_summary_heading",
    /// Heading of the (separate) list of warnings.
    WarningSummaryHeading => "warning_summary_heading",
    /// Read by screen readers before an inline error message.
    ErrorPrefix => "error_prefix",
    /// Read by screen readers before an inline warning.
    WarningPrefix => "warning_prefix",
    /// Shown after the label of an optional field.
    OptionalMarker => "optional_marker",
    /// Shown after the label of a required field, where a form marks those instead.
    RequiredMarker => "required_marker",
    /// Note at the top of a form that marks only optional fields.
    AllRequiredNote => "all_required_note",
    /// Button that adds an item to a list.
    AddRow => "add_row",
    /// Button that removes an item from a list.
    RemoveRow => "remove_row",
    /// The submit button.
    Submit => "submit",
    /// Button to the next step of a form in steps.
    Next => "next",
    /// Link or button back to the previous step.
    Back => "back",
    /// Shown while the form is loading.
    Loading => "loading",
    /// Shown while the server checks the form.
    ServerChecking => "server_checking",
    /// The server checked the form and found no errors.
    ServerValid => "server_valid",
    /// The server checked the form and found errors.
    ServerInvalid => "server_invalid",
    /// The server could not be reached.
    ServerUnreachable => "server_unreachable",
    /// The server checks against newer rules than the page has: reload the page.
    ServerStale => "server_stale",
    /// The language's own name, for the language switch.
    LanguageName => "language_name",
    /// Label of the language switch.
    ChooseLanguage => "choose_language",
    Yes => "yes",
    No => "no",
    /// The empty first option of a drop-down list.
    SelectPlaceholder => "select_placeholder",
    /// Heading of one list item; `{label}` is the item's label, `{n}` its number from 1.
    ItemNumber => "item_number",
    /// Character count under a text area; `{n}` used, `{max}` allowed.
    CharacterCount => "character_count",
    /// The skip link at the top of the page.
    SkipToContent => "skip_to_content",
}
