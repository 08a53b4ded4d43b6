//! The names of every sentence and word the catalogues give in each language.
//!
//! A [`Key`] is one sentence template: the issue kind and reason, split further
//! where the wording changes with the data (one item or several, with or without
//! a field label, a date or a number as the bound). Every template may use
//! `{f}`, the field's quoted label («Sluttdato», or "feltet" without a label),
//! and `{S}`, the same with a capital first letter for the start of a sentence;
//! each key's doc names its other placeholders. A [`Word`] is a piece put into a
//! placeholder: a fallback when a label is missing, "or", a field type's name.
//!
//! `nb.rs`, `nn.rs` and `en.rs` each list every key and word with its text, in
//! declaration order ([`super::table`]), so a key without a text fails the build.

/// Declares a fieldless enum and the list of all its variants.
macro_rules! keys {
    ($(#[doc = $what:literal])* $name:ident { $($(#[doc = $doc:literal])* $variant:ident,)+ }) => {
        $(#[doc = $what])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
        pub(super) enum $name {
            $($(#[doc = $doc])* $variant,)+
        }

        impl $name {
            /// Every variant, in declaration order.
            pub(super) const ALL: &'static [$name] = &[$($name::$variant,)+];
        }

        impl From<$name> for usize {
            /// The variant's place in the declaration, from 0.
            fn from(key: $name) -> usize {
                key as usize
            }
        }
    };
}

keys! {
    /// One sentence template of a message (placeholders besides `{f}` and `{S}` named).
    Key {
        Required,
        Forbidden,
        /// `{type}`: the field type in words ("et heltall").
        Type,
        UnknownField,
        /// `{min}` characters at least, `{actual}` now.
        MinLength,
        /// At least 1 character; `{actual}` now.
        MinLengthOne,
        /// `{max}` characters at most, `{actual}` now.
        MaxLength,
        /// At most 1 character; `{actual}` now.
        MaxLengthOne,
        Pattern,
        /// `{min}`: the least number allowed.
        MinimumNumber,
        /// `{min}`: the earliest date allowed.
        MinimumDate,
        /// `{max}`: the greatest number allowed.
        MaximumNumber,
        /// `{max}`: the latest date allowed.
        MaximumDate,
        /// `{min}` entries at least, `{actual}` now.
        MinItems,
        /// At least one entry.
        MinItemsOne,
        /// `{max}` entries at most, `{actual}` now.
        MaxItems,
        /// At most one entry; `{actual}` now.
        MaxItemsOne,
        /// `{item}`: the entry this one repeats («Fase 2», or "another entry").
        UniqueItems,
        /// `{choice}`: an option chosen more than once in a multi-select
        /// («Stat–kommune»); the field is `{f}`.
        UniqueChoice,
        Enum,
        Date,
        /// Must be after `{other}` (the other date's label, or "the other date").
        DateAfter,
        /// Must be the same as or after `{other}`.
        DateNotBefore,
        /// Must be before `{other}`.
        DateBefore,
        /// Must be the same as or before `{other}`.
        DateNotAfter,
        /// Between `{start}` and `{end}`: dates, labels, or "the start/end date".
        DateWithin,
        /// `{year}`: the year the date must be in.
        DateWithinYear,
        /// At most 1 month: `{months}` is 1.
        MaxDurationMonth,
        /// At most `{months}` months (not a whole number of years).
        MaxDurationMonths,
        /// At most `{months}` months, which is 1 year.
        MaxDurationYear,
        /// At most `{months}` months, which is `{years}` years.
        MaxDurationYears,
        /// `{item}`: the entry this one overlaps in time.
        Overlap,
        /// `{other}`: what is summed (or "the amounts"); `{expected}` the sum,
        /// `{actual}` what was entered.
        SumMismatch,
        /// At least one of the fields (no field labels known, no group label).
        AtLeastOne,
        /// At least one of the fields in the group `{f}`.
        AtLeastOneIn,
        /// `{fields}`: the one field to fill in.
        AtLeastOneField,
        /// `{fields}`: the one field to fill in, in the group `{f}`.
        AtLeastOneFieldIn,
        /// `{fields}`: the fields, "A, B or C".
        AtLeastOneOf,
        /// `{fields}`: the fields, "A, B or C", in the group `{f}`.
        AtLeastOneOfIn,
        MustBeTrue,
        OrgnrFormat,
        OrgnrLength,
        OrgnrChecksum,
        FnrFormat,
        FnrLength,
        FnrDate,
        FnrChecksum,
        KontonummerFormat,
        KontonummerLength,
        KontonummerChecksum,
        Postnummer,
        KommuneFormat,
        KommuneUnknown,
        FylkeFormat,
        FylkeUnknown,
        /// A number no longer in use since 1 January 2024, its successor unknown.
        NumberGone,
        /// A number no longer in use since 1 January 2024; `{numbers}`: use these
        /// ("1508 (Ålesund) or 1580 (Haram)").
        NumberGoneUse,
        /// `{old_name}` was split on 1 January 2024; `{numbers}`: use these.
        Split,
        /// `{old_name}` got a new kommune number, its successor unknown.
        KommuneNew,
        /// `{old_name}` got a new kommune number; `{numbers}`: use this.
        KommuneNewUse,
        /// `{old_name}` got a new fylke number, its successor unknown.
        FylkeNew,
        /// `{old_name}` got a new fylke number; `{numbers}`: use this.
        FylkeNewUse,
        Email,
        Phone,
        /// `{deadline}`: the date of the deadline.
        Deadline,
        Rule,
    }
}

keys! {
    /// A word or phrase put into a placeholder.
    Word {
        /// `{f}` when the field has no label: "feltet", "this field".
        Field,
        /// Joins the last two of a list: "eller", "or".
        Or,
        /// `{item}` when the other entry cannot be named.
        AnotherEntry,
        /// `{other}` of a date order when the other date has no label.
        TheOtherDate,
        /// `{start}` of a period when it is neither a date nor labelled.
        TheStartDate,
        /// `{end}` of a period when it is neither a date nor labelled.
        TheEndDate,
        /// `{other}` of a sum when the summed field has no label.
        TheAmounts,
        /// The field types, as `{type}` after "must be".
        TypeText,
        TypeInteger,
        TypeDecimal,
        TypeBoolean,
        TypeDate,
        TypeEnum,
        TypeMultiEnum,
        TypeObject,
        TypeList,
        TypeOrgnr,
        TypeFodselsnummer,
        TypeKontonummer,
        TypeKommunenummer,
        TypeFylkesnummer,
        TypePostnummer,
        TypePhone,
        TypeEmail,
    }
}
