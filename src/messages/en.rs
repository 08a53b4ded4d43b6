//! English (plain British English, GOV.UK style): every message and
//! user-interface text, as a table of sentences.
//!
//! Style: the field's label in “”, first in the sentence where it reads well;
//! "Check that you have entered it correctly." after numbers that fail a check.
//! `{f}` is the field's label in “” ("this field" without one), `{S}` the same
//! with a capital first letter; [`Key`] names each sentence's other placeholders.

use super::keys::{Key, Word};
use super::table::catalogue;
use super::Ui;
use crate::model::IdKind;

catalogue! {
    /// The sentence template of every message.
    pub(super) const SENTENCES: Key {
        Required => "Fill in {f}.",
        Forbidden => "Based on your other answers, {f} must be left empty. Remove what you have entered.",
        Type => "{S} must be {type}.",
        UnknownField => "{S} is not part of this form. Remove it.",
        MinLength => "{S} must be {min} characters or more (you have {actual}).",
        MinLengthOne => "{S} must be 1 character or more (you have {actual}).",
        MaxLength => "{S} must be {max} characters or fewer (you have {actual}).",
        MaxLengthOne => "{S} must be 1 character or fewer (you have {actual}).",
        Pattern => "{S} is not in the right format. Check that you have entered it correctly.",
        MinimumNumber => "{S} must be {min} or more.",
        MinimumDate => "{S} must be the same as or after {min}.",
        MaximumNumber => "{S} must be {max} or less.",
        MaximumDate => "{S} must be the same as or before {max}.",
        MinItems => "{S} must have at least {min} entries (you have {actual}).",
        MinItemsOne => "{S} must have at least one entry.",
        MaxItems => "{S} can have no more than {max} entries (you have {actual}).",
        MaxItemsOne => "{S} can have no more than one entry (you have {actual}).",
        UniqueItems => "{S} is the same as {item}. Remove one of them.",
        UniqueChoice => "{choice} is chosen more than once in {f}. Choose it only once.",
        Enum => "The answer in {f} is not one of the options. Select one from the list.",
        Date => "{S} must be a real date.",
        DateAfter => "{S} must be after {other}.",
        DateNotBefore => "{S} must be the same as or after {other}.",
        DateBefore => "{S} must be before {other}.",
        DateNotAfter => "{S} must be the same as or before {other}.",
        DateWithin => "{S} must be between {start} and {end}.",
        DateWithinYear => "{S} must be in {year}.",
        MaxDurationMonth => "The period can be no longer than {months} month. Change {f}.",
        MaxDurationMonths => "The period can be no longer than {months} months. Change {f}.",
        MaxDurationYear => "The period can be no longer than {months} months (1 year). Change {f}.",
        MaxDurationYears => "The period can be no longer than {months} months ({years} years). Change {f}.",
        Overlap => "{S} overlaps with {item}. Change the dates so they do not overlap.",
        SumMismatch => "{S} must equal the total of {other}, which is {expected}. You have entered {actual}.",
        AtLeastOne => "Fill in at least one of the fields.",
        AtLeastOneIn => "Fill in at least one of the fields in {f}.",
        AtLeastOneField => "Fill in {fields}.",
        AtLeastOneFieldIn => "Fill in {fields} in {f}.",
        AtLeastOneOf => "Fill in at least one of {fields}.",
        AtLeastOneOfIn => "Fill in at least one of {fields} in {f}.",
        MustBeTrue => "Tick {f}. You cannot submit the form until you do.",
        OrgnrFormat => "{S} must only include numbers.",
        OrgnrLength => "{S} must be 9 digits.",
        OrgnrChecksum => "{S} is not a valid organisation number. Check that you have entered it correctly.",
        FnrFormat => "{S} must only include numbers.",
        FnrLength => "{S} must be 11 digits.",
        FnrDate => "The first 6 digits of {f} must be a real date of birth (DDMMYY). Check that you have entered it correctly.",
        FnrChecksum => "{S} is not a valid national identity number or D number. Check that you have entered it correctly.",
        KontonummerFormat => "{S} must only include numbers, spaces and full stops.",
        KontonummerLength => "{S} must be 11 digits.",
        KontonummerChecksum => "{S} is not a valid bank account number. Check that you have entered it correctly.",
        Postnummer => "{S} must be 4 digits, like 0150.",
        KommuneFormat => "{S} must be 4 digits, like 0301 for Oslo.",
        KommuneUnknown => "{S} is not a municipality number that is in use. Check that you have entered it correctly.",
        FylkeFormat => "{S} must be 2 digits, like 03 for Oslo.",
        FylkeUnknown => "{S} is not a county number that is in use. Check that you have entered it correctly.",
        NumberGone => "This number has not been used since 1 January 2024. Enter the new number in {f}.",
        NumberGoneUse => "This number has not been used since 1 January 2024. Use {numbers} in {f}.",
        Split => "{old_name} was split up on 1 January 2024. Use {numbers} in {f}.",
        KommuneNew => "{old_name} got a new municipality number on 1 January 2024. Enter the new number in {f}.",
        KommuneNewUse => "{old_name} got a new municipality number on 1 January 2024. Use {numbers} in {f}.",
        FylkeNew => "{old_name} got a new county number on 1 January 2024. Enter the new number in {f}.",
        FylkeNewUse => "{old_name} got a new county number on 1 January 2024. Use {numbers} in {f}.",
        Email => "{S} must be an email address in the correct format, like name@example.com.",
        Phone => "{S} must be a Norwegian phone number with 8 digits, with or without +47 in front.",
        Deadline => "{S} is after the deadline, which was {deadline}. Anything that arrives late may not be considered.",
        Rule => "{S} does not meet a requirement of this form. Check what you have entered.",
    }
}

catalogue! {
    /// The words put into placeholders.
    pub(super) const WORDS: Word {
        Field => "this field",
        Or => "or",
        AnotherEntry => "another entry",
        TheOtherDate => "the other date",
        TheStartDate => "the start date",
        TheEndDate => "the end date",
        TheAmounts => "the amounts",
        TypeText => "text",
        TypeInteger => "a whole number",
        TypeDecimal => "a number",
        TypeBoolean => "yes or no",
        TypeDate => "a date",
        TypeEnum => "one of the options",
        TypeMultiEnum => "one or more of the options",
        TypeObject => "a group of fields",
        TypeList => "a list",
        TypeOrgnr => "an organisation number",
        TypeFodselsnummer => "a national identity number or D number",
        TypeKontonummer => "a bank account number",
        TypeKommunenummer => "a municipality number",
        TypeFylkesnummer => "a county number",
        TypePostnummer => "a postcode",
        TypePhone => "a phone number",
        TypeEmail => "an email address",
    }
}

catalogue! {
    /// The fixed texts of the user interface.
    pub(super) const UI: Ui {
        ErrorSummaryHeading => "There is a problem",
        WarningSummaryHeading => "Check these before you submit",
        ErrorPrefix => "Error:",
        WarningPrefix => "Warning:",
        OptionalMarker => "optional",
        RequiredMarker => "required",
        AllRequiredNote => "All fields are required unless marked as optional.",
        AddRow => "Add",
        RemoveRow => "Remove",
        Submit => "Submit",
        Next => "Continue",
        Back => "Back",
        Loading => "Loading the form …",
        ServerChecking => "Checking the form …",
        ServerValid => "The form has been checked and everything is in order.",
        ServerInvalid => "The form has errors that must be fixed before it can be submitted.",
        ServerUnreachable => "We could not reach the service. Try again in a few minutes.",
        ServerStale => "The form has changed since you opened it. Reload the page and we will check it again.",
        LanguageName => "English",
        ChooseLanguage => "Choose language",
        Yes => "Yes",
        No => "No",
        SelectPlaceholder => "Select …",
        ItemNumber => "{label} {n}",
        CharacterCount => "{n} of {max} characters",
        SkipToContent => "Skip to main content",
    }
}

/// An identifier type named as a label (`skjemasjekk check` puts it in its messages).
pub(super) fn id_label(kind: IdKind) -> &'static str {
    match kind {
        IdKind::Orgnr => "Organisation number",
        IdKind::Fodselsnummer => "National identity number",
        IdKind::Kontonummer => "Bank account number",
        IdKind::Kommunenummer => "Municipality number",
        IdKind::Fylkesnummer => "County number",
        IdKind::Postnummer => "Postcode",
        IdKind::Phone => "Phone number",
        IdKind::Email => "Email address",
    }
}
