//! English (plain British English, GOV.UK style): every message and
//! user-interface text, as a table of sentences.
//!
//! Style: the field's label in “”, first in the sentence where it reads well;
//! "Check that you have entered it correctly." after numbers that fail a check.
//! `{f}` is the field's label in “” ("this field" without one), `{S}` the same
//! with a capital first letter; [`Key`] names each sentence's other placeholders.

use super::keys::{Key, Word};
use super::Ui;

pub(super) fn sentence(key: Key) -> &'static str {
    match key {
        Key::Required => "Fill in {f}.",
        Key::Forbidden => "Based on your other answers, {f} must be left empty. Remove what you have entered.",
        Key::Type => "{S} must be {type}.",
        Key::TypeUnknown => "{S} is not filled in correctly. Check what you have entered.",
        Key::UnknownField => "{S} is not part of this form. Remove it.",
        Key::MinLength => "{S} must be {min} characters or more (you have {actual}).",
        Key::MinLengthOne => "{S} must be 1 character or more (you have {actual}).",
        Key::MaxLength => "{S} must be {max} characters or fewer (you have {actual}).",
        Key::MaxLengthOne => "{S} must be 1 character or fewer (you have {actual}).",
        Key::Pattern => "{S} is not in the right format. Check that you have entered it correctly.",
        Key::MinimumNumber => "{S} must be {min} or more.",
        Key::MinimumDate => "{S} must be the same as or after {min}.",
        Key::MaximumNumber => "{S} must be {max} or less.",
        Key::MaximumDate => "{S} must be the same as or before {max}.",
        Key::MinItems => "{S} must have at least {min} entries (you have {actual}).",
        Key::MinItemsOne => "{S} must have at least one entry.",
        Key::MaxItems => "{S} can have no more than {max} entries (you have {actual}).",
        Key::MaxItemsOne => "{S} can have no more than one entry (you have {actual}).",
        Key::UniqueItems => "{S} is the same as {item}. Remove one of them.",
        Key::Enum => "The answer in {f} is not one of the options. Select one from the list.",
        Key::Date => "{S} must be a real date.",
        Key::DateAfter => "{S} must be after {other}.",
        Key::DateNotBefore => "{S} must be the same as or after {other}.",
        Key::DateBefore => "{S} must be before {other}.",
        Key::DateNotAfter => "{S} must be the same as or before {other}.",
        Key::DateWithin => "{S} must be between {start} and {end}.",
        Key::DateWithinYear => "{S} must be in {year}.",
        Key::MaxDurationMonth => "The period can be no longer than {months} month. Change {f}.",
        Key::MaxDurationMonths => "The period can be no longer than {months} months. Change {f}.",
        Key::MaxDurationYear => "The period can be no longer than {months} months (1 year). Change {f}.",
        Key::MaxDurationYears => "The period can be no longer than {months} months ({years} years). Change {f}.",
        Key::Overlap => "{S} overlaps with {item}. Change the dates so they do not overlap.",
        Key::SumMismatch => "{S} must equal the total of {other}, which is {expected}. You have entered {actual}.",
        Key::AtLeastOne => "Fill in at least one of the fields.",
        Key::AtLeastOneIn => "Fill in at least one of the fields in {f}.",
        Key::AtLeastOneField => "Fill in {fields}.",
        Key::AtLeastOneFieldIn => "Fill in {fields} in {f}.",
        Key::AtLeastOneOf => "Fill in at least one of {fields}.",
        Key::AtLeastOneOfIn => "Fill in at least one of {fields} in {f}.",
        Key::MustBeTrue => "Tick {f}. You cannot submit the form until you do.",
        Key::OrgnrFormat => "{S} must only include numbers.",
        Key::OrgnrLength => "{S} must be 9 digits.",
        Key::OrgnrChecksum => "{S} is not a valid organisation number. Check that you have entered it correctly.",
        Key::FnrFormat => "{S} must only include numbers.",
        Key::FnrLength => "{S} must be 11 digits.",
        Key::FnrDate => "The first 6 digits of {f} must be a real date of birth (DDMMYY). Check that you have entered it correctly.",
        Key::FnrChecksum => "{S} is not a valid national identity number or D number. Check that you have entered it correctly.",
        Key::KontonummerFormat => "{S} must only include numbers, spaces and full stops.",
        Key::KontonummerLength => "{S} must be 11 digits.",
        Key::KontonummerChecksum => "{S} is not a valid bank account number. Check that you have entered it correctly.",
        Key::Postnummer => "{S} must be 4 digits, like 0150.",
        Key::KommuneFormat => "{S} must be 4 digits, like 0301 for Oslo.",
        Key::KommuneUnknown => "{S} is not a municipality number that is in use. Check that you have entered it correctly.",
        Key::FylkeFormat => "{S} must be 2 digits, like 03 for Oslo.",
        Key::FylkeUnknown => "{S} is not a county number that is in use. Check that you have entered it correctly.",
        Key::NumberGone => "This number has not been used since 1 January 2024. Enter the new number in {f}.",
        Key::NumberGoneUse => "This number has not been used since 1 January 2024. Use {numbers} in {f}.",
        Key::Split => "{old_name} was split up on 1 January 2024. Use {numbers} in {f}.",
        Key::KommuneNew => "{old_name} got a new municipality number on 1 January 2024. Enter the new number in {f}.",
        Key::KommuneNewUse => "{old_name} got a new municipality number on 1 January 2024. Use {numbers} in {f}.",
        Key::FylkeNew => "{old_name} got a new county number on 1 January 2024. Enter the new number in {f}.",
        Key::FylkeNewUse => "{old_name} got a new county number on 1 January 2024. Use {numbers} in {f}.",
        Key::Email => "{S} must be an email address in the correct format, like name@example.com.",
        Key::Phone => "{S} must be a Norwegian phone number with 8 digits, with or without +47 in front.",
        Key::Deadline => "{S} is after the deadline, which was {deadline}. Anything that arrives late may not be considered.",
        Key::Rule => "{S} does not meet a requirement of this form. Check what you have entered.",
    }
}

pub(super) fn word(word: Word) -> &'static str {
    match word {
        Word::Field => "this field",
        Word::Or => "or",
        Word::AnotherEntry => "another entry",
        Word::TheOtherDate => "the other date",
        Word::TheStartDate => "the start date",
        Word::TheEndDate => "the end date",
        Word::TheAmounts => "the amounts",
        Word::TypeText => "text",
        Word::TypeInteger => "a whole number",
        Word::TypeDecimal => "a number",
        Word::TypeBoolean => "yes or no",
        Word::TypeDate => "a date",
        Word::TypeEnum => "one of the options",
        Word::TypeMultiEnum => "one or more of the options",
        Word::TypeObject => "a group of fields",
        Word::TypeList => "a list",
        Word::TypeOrgnr => "an organisation number",
        Word::TypeFodselsnummer => "a national identity number or D number",
        Word::TypeKontonummer => "a bank account number",
        Word::TypeKommunenummer => "a municipality number",
        Word::TypeFylkesnummer => "a county number",
        Word::TypePostnummer => "a postcode",
        Word::TypePhone => "a phone number",
        Word::TypeEmail => "an email address",
    }
}

pub(super) fn ui(key: Ui) -> &'static str {
    match key {
        Ui::ErrorSummaryHeading => "There is a problem",
        Ui::WarningSummaryHeading => "Check these before you submit",
        Ui::ErrorPrefix => "Error:",
        Ui::WarningPrefix => "Warning:",
        Ui::OptionalMarker => "optional",
        Ui::RequiredMarker => "required",
        Ui::AllRequiredNote => "All fields are required unless marked as optional.",
        Ui::AddRow => "Add",
        Ui::RemoveRow => "Remove",
        Ui::Submit => "Submit",
        Ui::Next => "Continue",
        Ui::Back => "Back",
        Ui::Loading => "Loading the form …",
        Ui::ServerChecking => "Checking the form …",
        Ui::ServerValid => "The form has been checked and everything is in order.",
        Ui::ServerInvalid => "The form has errors that must be fixed before it can be submitted.",
        Ui::ServerUnreachable => "We could not reach the service. Try again in a few minutes.",
        Ui::ServerStale => {
            "The form has changed since you opened it. Reload the page and we will check it again."
        }
        Ui::LanguageName => "English",
        Ui::ChooseLanguage => "Choose language",
        Ui::Yes => "Yes",
        Ui::No => "No",
        Ui::SelectPlaceholder => "Select …",
        Ui::ItemNumber => "{label} {n}",
        Ui::CharacterCount => "{n} of {max} characters",
        Ui::SkipToContent => "Skip to main content",
    }
}
